package org.w3id.cstokg.ontology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;


/**
 * The one canonical Turtle form of the hand-edited RDF in {@code ontology/}: a fixed prefix set
 * (only those used are written), subjects grouped into sections and sorted by IRI, predicates in a
 * fixed order, objects sorted, blank nodes nested and RDF lists written as {@code ( … )}. Writing
 * the same graph always gives the same text, so a file that differs from its canonical form was
 * edited by hand without re-normalising (ODK's {@code normalize_src}).
 */
final class CanonicalTurtle {

    /** The prefixes the canonical form may use, written in this order. */
    static final Map<String, String> PREFIXES = new TreeMap<>(Map.ofEntries(
            Map.entry("acled", "https://w3id.org/csto-kg/code/acled/"),
            Map.entry("cameo", "https://w3id.org/csto-kg/code/cameo/"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("foaf", "http://xmlns.com/foaf/0.1/"),
            Map.entry("geo", "http://www.opengis.net/ont/geosparql#"),
            Map.entry("kg", "https://w3id.org/csto-kg/ontology#"),
            Map.entry("kgsh", "https://w3id.org/csto-kg/shapes#"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("schema", "https://schema.org/"),
            Map.entry("sh", "http://www.w3.org/ns/shacl#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("time", "http://www.w3.org/2006/time#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#")));

    /** Predicates written first, in this order; the rest follow sorted, then {@link #LAST}. */
    private static final List<String> FIRST = List.of(
            "rdf:type", "rdfs:label", "skos:prefLabel", "skos:definition", "rdfs:comment", "rdfs:isDefinedBy",
            "dcterms:title", "dcterms:description", "dcterms:creator", "dcterms:license",
            "owl:versionIRI", "owl:versionInfo", "owl:imports",
            "rdfs:subClassOf", "rdfs:subPropertyOf", "owl:inverseOf", "owl:disjointWith", "rdfs:domain", "rdfs:range",
            "sh:targetClass", "sh:targetNode", "sh:targetObjectsOf", "sh:targetSubjectsOf", "sh:path");
    private static final List<String> LAST = List.of("sh:message", "sh:severity");

    private static final List<String> LOCAL_NAMESPACES =
            List.of("https://w3id.org/csto-kg/ontology#", "https://w3id.org/csto-kg/shapes#",
                    "https://w3id.org/csto-kg/code/");
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final String INDENT = "    ";

    private final Graph graph;
    private final Map<Node, Integer> objectUses = new HashMap<>();
    private final TreeSet<String> usedPrefixes = new TreeSet<>();

    private CanonicalTurtle(Graph graph) {
        this.graph = graph;
        graph.find().forEach(t -> objectUses.merge(t.getObject(), 1, Integer::sum));
    }

    /** The canonical Turtle text of a graph whose blank nodes form trees. */
    static String write(Graph graph) {
        return new CanonicalTurtle(graph).write();
    }

    private String write() {
        Map<Section, List<Node>> sections = new TreeMap<>();
        graph.find().mapWith(Triple::getSubject).toSet().forEach(s -> {
            if (s.isBlank()) {
                if (!objectUses.containsKey(s)) {
                    throw new IllegalArgumentException("a blank node that is not the object of any triple: " + s);
                }
                return;
            }
            sections.computeIfAbsent(section(s), k -> new ArrayList<>()).add(s);
        });
        StringBuilder body = new StringBuilder();
        sections.forEach((section, subjects) -> {
            body.append('\n').append("# ").append(section.title).append('\n');
            subjects.stream().sorted(Comparator.comparing(Node::getURI))
                    .forEach(s -> body.append('\n').append(term(s)).append(' ').append(properties(s, "")).append(" .\n"));
        });
        StringBuilder out = new StringBuilder();
        usedPrefixes.forEach(p -> out.append("@prefix ").append(p).append(": <").append(PREFIXES.get(p)).append("> .\n"));
        return out.append(body).toString();
    }

    private enum Section {
        ONTOLOGY("Ontology"), CLASSES("Classes"), OBJECT_PROPERTIES("Object properties"),
        DATATYPE_PROPERTIES("Datatype properties"), ANNOTATION_PROPERTIES("Annotation properties"),
        INDIVIDUALS("Individuals"), SHAPES("Shapes"),
        EXTERNAL("Terms of other vocabularies, declared (not imported) so that the module is OWL 2 DL");

        final String title;

        Section(String title) { this.title = title; }
    }

    private Section section(Node s) {
        if (has(s, OWL.Ontology.asNode())) return Section.ONTOLOGY;
        if (LOCAL_NAMESPACES.stream().noneMatch(s.getURI()::startsWith)) return Section.EXTERNAL;
        if (has(s, OWL.Class.asNode())) return Section.CLASSES;
        if (has(s, OWL.ObjectProperty.asNode())) return Section.OBJECT_PROPERTIES;
        if (has(s, OWL.DatatypeProperty.asNode())) return Section.DATATYPE_PROPERTIES;
        if (has(s, OWL.AnnotationProperty.asNode())) return Section.ANNOTATION_PROPERTIES;
        if (has(s, SHACLM.NodeShape.asNode()) || has(s, SHACLM.PropertyShape.asNode())) return Section.SHAPES;
        return Section.INDIVIDUALS;
    }

    private boolean has(Node s, Node type) {
        return graph.contains(s, RDF.type.asNode(), type);
    }

    /** The predicate-object list of a subject, one predicate a line, at the given indent. */
    private String properties(Node s, String indent) {
        Map<String, List<String>> byPredicate = new TreeMap<>(Comparator.comparing(CanonicalTurtle::predicateRank)
                .thenComparing(Comparator.naturalOrder()));
        graph.find(s, Node.ANY, Node.ANY).forEach(t -> byPredicate
                .computeIfAbsent(predicate(t.getPredicate()), k -> new ArrayList<>())
                .add(object(t.getObject(), indent + INDENT)));
        List<String> lines = new ArrayList<>();
        byPredicate.forEach((p, objects) -> {
            objects.sort(Comparator.naturalOrder());
            lines.add(p + " " + String.join(", ", objects));
        });
        String sep = " ;\n" + indent + INDENT;
        return String.join(sep, lines);
    }

    private static String predicateRank(String p) {
        int first = FIRST.indexOf(p.equals("a") ? "rdf:type" : p);
        if (first >= 0) return String.format("0%03d", first);
        int last = LAST.indexOf(p);
        return last >= 0 ? String.format("2%03d", last) : "1";
    }

    private String predicate(Node p) {
        return p.equals(RDF.type.asNode()) ? "a" : term(p);
    }

    private String object(Node o, String indent) {
        if (!o.isBlank()) return o.isLiteral() ? literal(o) : term(o);
        if (objectUses.get(o) != 1) {
            throw new IllegalArgumentException("a blank node used as object more than once: " + o);
        }
        List<Node> list = listItems(o);
        if (list != null) return list(list, indent);
        if (!graph.contains(o, Node.ANY, Node.ANY)) return "[]";
        String properties = properties(o, indent);
        if (graph.find(o, Node.ANY, Node.ANY).toList().size() == 1 && !properties.contains("\n")) {
            return "[ " + properties + " ]";
        }
        return "[\n" + indent + INDENT + properties + "\n" + indent + "]";
    }

    /** The items of a well-formed RDF list starting at {@code head}, or null if it is not one. */
    private List<Node> listItems(Node head) {
        List<Node> items = new ArrayList<>();
        Node cell = head;
        while (!cell.equals(RDF.nil.asNode())) {
            if (!cell.isBlank() || graph.find(cell, Node.ANY, Node.ANY).toList().size() != 2) return null;
            List<Triple> first = graph.find(cell, RDF.first.asNode(), Node.ANY).toList();
            List<Triple> rest = graph.find(cell, RDF.rest.asNode(), Node.ANY).toList();
            if (first.size() != 1 || rest.size() != 1 || (cell != head && objectUses.get(cell) != 1)) return null;
            items.add(first.get(0).getObject());
            cell = rest.get(0).getObject();
        }
        return items;
    }

    private String list(List<Node> items, String indent) {
        List<String> rendered = new ArrayList<>();
        items.forEach(i -> rendered.add(object(i, indent + INDENT)));
        if (rendered.stream().noneMatch(r -> r.contains("\n"))) return "( " + String.join(" ", rendered) + " )";
        return "(\n" + indent + INDENT + String.join("\n" + indent + INDENT, rendered) + "\n" + indent + ")";
    }

    private String term(Node iri) {
        String uri = iri.getURI();
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            String local = uri.startsWith(e.getValue()) ? uri.substring(e.getValue().length()) : null;
            if (local != null && LOCAL_NAME.matcher(local).matches()) {
                usedPrefixes.add(e.getKey());
                return e.getKey() + ":" + local;
            }
        }
        return "<" + uri + ">";
    }

    private String literal(Node o) {
        String lex = o.getLiteralLexicalForm();
        String lang = o.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) return quote(lex) + "@" + lang;
        String dt = o.getLiteralDatatypeURI();
        if (dt.equals(XSDDatatype.XSDstring.getURI())) return quote(lex);
        if (dt.equals(XSDDatatype.XSDinteger.getURI()) && INTEGER.matcher(lex).matches()) return lex;
        if (dt.equals(XSDDatatype.XSDboolean.getURI()) && (lex.equals("true") || lex.equals("false"))) return lex;
        return quote(lex) + "^^" + term(NodeFactory.createURI(dt));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
