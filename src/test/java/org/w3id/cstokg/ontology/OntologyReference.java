package org.w3id.cstokg.ontology;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.KG;

/**
 * The generated parts of {@code docs/ontology.md}: the term tables and the Mermaid class diagram,
 * both computed from the ontology so that they cannot fall behind it.
 */
final class OntologyReference {
    private final Model ontology;

    OntologyReference(Model ontology) {
        this.ontology = ontology;
    }

    /** A Markdown table per kind of term: classes, object properties, datatype properties, schemes. */
    String tables() {
        StringBuilder b = new StringBuilder();
        b.append("### Classes\n\n| class | module | subclass of | definition |\n|---|---|---|---|\n");
        terms(OWL.Class).forEach(c -> b.append(row(curie(c), module(c), joined(c, RDFS.subClassOf), definition(c))));
        b.append("\n### Object properties\n\n| property | module | domain | range | subproperty of | definition |\n|---|---|---|---|---|---|\n");
        terms(OWL.ObjectProperty).forEach(p -> b.append(row(curie(p), module(p), joined(p, RDFS.domain),
                joined(p, RDFS.range), joined(p, RDFS.subPropertyOf), definition(p))));
        b.append("\n### Datatype properties\n\n| property | module | domain | range | definition |\n|---|---|---|---|---|\n");
        terms(OWL.DatatypeProperty).forEach(p -> b.append(row(curie(p), module(p), joined(p, RDFS.domain),
                joined(p, RDFS.range), definition(p))));
        b.append("\n### Concept schemes (code lists; their concepts are in the data)\n\n| scheme | module | definition |\n|---|---|---|\n");
        terms(SKOS.ConceptScheme).forEach(s -> b.append(row(curie(s), module(s), definition(s))));
        return b.toString();
    }

    /** A Mermaid class diagram: kg: classes, their datatype properties, subclass links and object properties. */
    String mermaid() {
        StringBuilder b = new StringBuilder("```mermaid\nclassDiagram\n    direction LR\n");
        for (Resource c : terms(OWL.Class)) {
            List<String> attributes = terms(OWL.DatatypeProperty).stream()
                    .filter(p -> p.hasProperty(RDFS.domain, c)).map(p -> "        " + range(p) + p.getLocalName()).toList();
            b.append("    class ").append(name(c));
            b.append(attributes.isEmpty() ? "\n" : " {\n" + String.join("\n", attributes) + "\n    }\n");
        }
        ontology.listStatements(null, RDFS.range, (RDFNode) null).filterKeep(s -> !isKg(s.getResource())
                        && s.getSubject().hasProperty(RDF.type, OWL.ObjectProperty) && isKg(s.getSubject()))
                .mapWith(Statement::getResource).toSet().stream().sorted(Comparator.comparing(Resource::getURI))
                .forEach(r -> b.append("    class ").append(name(r)).append("[\"").append(curie(r)).append("\"]\n"));
        for (Resource c : terms(OWL.Class)) {
            c.listProperties(RDFS.subClassOf).mapWith(Statement::getResource).filterKeep(OntologyReference::isKg)
                    .toList().stream().sorted(Comparator.comparing(Resource::getURI))
                    .forEach(sup -> b.append("    ").append(name(sup)).append(" <|-- ").append(name(c)).append('\n'));
        }
        for (Resource p : terms(OWL.ObjectProperty)) {
            Resource domain = p.getPropertyResourceValue(RDFS.domain);
            Resource range = p.getPropertyResourceValue(RDFS.range);
            if (domain != null && range != null) {
                b.append("    ").append(name(domain)).append(" --> ").append(name(range))
                        .append(" : ").append(p.getLocalName()).append('\n');
            }
        }
        return b.append("```\n").toString();
    }

    private List<Resource> terms(Resource type) {
        return ontology.listSubjectsWithProperty(RDF.type, type).filterKeep(OntologyReference::isKg).toList().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private static boolean isKg(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(KG.NS);
    }

    private String range(Resource p) {
        Resource r = p.getPropertyResourceValue(RDFS.range);
        return r == null ? "" : curie(r).replace(":", "_") + " ";
    }

    private String name(Resource r) {
        return isKg(r) ? r.getLocalName() : curie(r).replace(':', '_');
    }

    private String curie(Resource r) {
        return CanonicalTurtle.PREFIXES.entrySet().stream().filter(e -> r.getURI().startsWith(e.getValue()))
                .map(e -> e.getKey() + ":" + r.getURI().substring(e.getValue().length())).findFirst().orElse(r.getURI());
    }

    private String module(Resource term) {
        String m = term.getPropertyResourceValue(RDFS.isDefinedBy).getURI();
        return m.substring(m.lastIndexOf('/') + 1);
    }

    private String joined(Resource s, org.apache.jena.rdf.model.Property p) {
        return s.listProperties(p).mapWith(st -> curie(st.getResource())).toList().stream().sorted()
                .collect(Collectors.joining(", "));
    }

    private static String definition(Resource term) {
        return term.getProperty(SKOS.definition).getString();
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", List.of(cells).stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }

    /** The text between {@code <!-- BEGIN name -->} and {@code <!-- END name -->}, replaced. */
    static String replaceBlock(String document, String name, String content) {
        String begin = "<!-- BEGIN " + name + " -->\n";
        String end = "<!-- END " + name + " -->";
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no block " + name + " between " + begin.strip() + " and " + end);
        }
        return document.substring(0, from + begin.length()) + content + document.substring(to);
    }

    static Map<String, String> blocks(Model ontology) {
        OntologyReference r = new OntologyReference(ontology);
        return Map.of("generated-tables", r.tables(), "generated-diagram", r.mermaid());
    }
}
