package org.w3id.cstokg.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * For each part of one article, the values stated by the facts that cite it. A fact is anything
 * with a {@code kg:citation}; its values are the typed literals on it and on its own nodes (blank
 * nodes, and IRIs {@code <fact>/…} such as its time or quantities) that have no citation of their
 * own. Each {@code kg:Citation} adds its outlet and date to the part it is {@code kg:inPart}.
 * Usage: {@code FactIndex.of(dataset, document).statedIn(ArticlePart.paragraph(7))}.
 */
public final class FactIndex {

    /** The properties whose literals are the article's own words, which its quotation marks can match. */
    private static final Set<Property> WORDING = Set.of(KG.quote, KG.missionLabel, KG.describedAs);

    private final Map<ArticlePart, StatedValues> byPart = new HashMap<>();
    private final AuditedDocument document;
    private final Model model;

    private FactIndex(Model model, AuditedDocument document) {
        this.model = model;
        this.document = document;
    }

    /** Indexes the union of the named graphs of {@code dataset}. */
    public static FactIndex of(Dataset dataset, AuditedDocument document) {
        FactIndex index = new FactIndex(dataset.getUnionModel(), document);
        index.model.listSubjectsWithProperty(KG.citation).toList().forEach(index::addFact);
        return index;
    }

    /** The values stated by the facts citing {@code part} (none if no fact cites it). */
    public StatedValues statedIn(ArticlePart part) {
        return byPart.getOrDefault(part, new StatedValues());
    }

    private void addFact(Resource fact) {
        StatedValues values = new StatedValues();
        collect(fact, fact, values, new HashSet<>());
        for (Resource citation : objects(fact, KG.citation)) {
            for (ArticlePart part : parts(citation)) {
                StatedValues stated = byPart.computeIfAbsent(part, p -> new StatedValues());
                stated.addAll(values);
                sources(citation).forEach(stated::addSource);
            }
        }
    }

    private void collect(Resource fact, Resource node, StatedValues values, Set<Resource> seen) {
        if (!seen.add(node)) {
            return;
        }
        for (Statement statement : node.listProperties().toList()) {
            RDFNode object = statement.getObject();
            if (statement.getPredicate().equals(KG.citation)) {
                continue;
            }
            if (object.isLiteral()) {
                LiteralValues.read(object.asLiteral(), values);
                if (WORDING.contains(statement.getPredicate())) values.addWording(object.asLiteral().getLexicalForm());
            } else if (isOwnPart(fact, object.asResource())) {
                collect(fact, object.asResource(), values, seen);
            }
        }
    }

    private static boolean isOwnPart(Resource fact, Resource node) {
        boolean owned = node.isAnon()
                || (fact.isURIResource() && node.isURIResource() && node.getURI().startsWith(fact.getURI() + "/"));
        return owned && !node.hasProperty(KG.citation);
    }

    private List<ArticlePart> parts(Resource citation) {
        List<ArticlePart> parts = new ArrayList<>();
        for (Resource part : objects(citation, KG.inPart)) {
            paragraphNumber(part).map(ArticlePart::paragraph).ifPresent(parts::add);
            if (part.hasProperty(RDF.type, KG.Caption) && belongs(part, Ids.caption(document.id()))) {
                parts.add(ArticlePart.CAPTION);
            }
        }
        return parts;
    }

    private Optional<Integer> paragraphNumber(Resource part) {
        Statement number = part.getProperty(KG.paragraphNumber);
        if (number == null || !number.getObject().isLiteral()) {
            return Optional.empty();
        }
        try {
            int n = number.getInt();
            return n >= 1 && belongs(part, Ids.paragraph(document.id(), n)) ? Optional.of(n) : Optional.empty();
        } catch (RuntimeException notAnInteger) {
            return Optional.empty();
        }
    }

    /** Part of the audited article: by {@code dcterms:isPartOf}, or by the IRI the loader gives it. */
    private boolean belongs(Resource part, String expectedIri) {
        return part.hasProperty(DCTerms.isPartOf, model.createResource(document.iri()))
                || (part.isURIResource() && part.getURI().equals(expectedIri));
    }

    private static List<CitedSource> sources(Resource citation) {
        List<CitedSource> sources = new ArrayList<>();
        List<LocalDate> cited = dates(citation, KG.citedDate);
        List<LocalDate> accessed = dates(citation, KG.accessedDate);
        for (Resource outlet : objects(citation, KG.citesOutlet)) {
            Set<String> labels = labels(outlet);
            cited.forEach(d -> sources.add(new CitedSource(labels, Optional.of(d), false)));
            accessed.forEach(d -> sources.add(new CitedSource(labels, Optional.of(d), true)));
            if (cited.isEmpty() && accessed.isEmpty()) {
                sources.add(new CitedSource(labels, Optional.empty(), false));
            }
        }
        return sources;
    }

    private static Set<String> labels(Resource outlet) {
        Set<String> labels = new HashSet<>();
        for (Property property : List.of(RDFS.label, SKOS.altLabel, SKOS.prefLabel)) {
            outlet.listProperties(property).filterKeep(s -> s.getObject().isLiteral())
                    .forEach(s -> labels.add(s.getString()));
        }
        return labels;
    }

    private static List<LocalDate> dates(Resource citation, Property property) {
        List<LocalDate> dates = new ArrayList<>();
        for (Statement s : citation.listProperties(property).toList()) {
            if (s.getObject().isLiteral()) {
                try {
                    dates.add(LocalDate.parse(s.getString().strip(), DateTimeFormatter.ISO_DATE));
                } catch (DateTimeParseException e) {
                    // An ill-formed date cites no date; the validator reports it.
                }
            }
        }
        return dates;
    }

    private static List<Resource> objects(Resource subject, Property property) {
        return subject.listProperties(property).filterKeep(s -> s.getObject().isResource())
                .mapWith(Statement::getResource).toList();
    }
}
