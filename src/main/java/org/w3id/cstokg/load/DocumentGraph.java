package org.w3id.cstokg.load;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.cstokg.audit.ArticleText;
import org.w3id.cstokg.facts.Document;
import org.w3id.cstokg.facts.Location;
import org.w3id.cstokg.facts.Ref;
import org.w3id.cstokg.vocab.Ids;

/**
 * The named graph of one source document while it is being filled: typed-literal helpers, and the
 * bookkeeping every fact node gets (type, label, {@code dcterms:source} the document, source location).
 */
final class DocumentGraph {
    static final String LANG = "en";

    final Model model;
    final Document document;
    final IdentifierIndex index;
    private final SourceMap sources;
    private final Optional<ArticleText> source;
    private final Grounding grounding = new Grounding();
    private final Map<String, Integer> citations = new HashMap<>();

    DocumentGraph(Model model, Document document, IdentifierIndex index, SourceMap sources) {
        this(model, document, index, sources, Optional.empty());
    }

    /** A document graph whose evidence words are located in {@code source}, the document's text, if known. */
    DocumentGraph(Model model, Document document, IdentifierIndex index, SourceMap sources, Optional<ArticleText> source) {
        this.model = model;
        this.document = document;
        this.index = index;
        this.sources = sources;
        this.source = source;
        model.register(grounding);
    }

    /** The text of the document, if the build has it. */
    Optional<ArticleText> source() { return source; }

    /** What records which citations state each triple added. */
    Grounding grounding() { return grounding; }

    /** Runs {@code mapping}, each triple it adds stated by {@code citations}. */
    void stating(List<Resource> citations, Runnable mapping) { grounding.stating(citations, mapping); }

    /** The next number of the citations named {@code family} (their IRI with number 0), from 1. */
    int nextCitation(String family) { return citations.merge(family, 1, Integer::sum); }

    /** Writes the reifiers of every triple stated so far and stops recording. */
    void finish() {
        model.unregister(grounding);
        grounding.write(model, document.id());
    }

    Resource article() { return model.createResource(Ids.entity(document.id())); }

    /** A node of this document with its class and where it came from. */
    Resource node(String iri, Resource type, Location at) {
        sources.put(iri, at);
        return model.createResource(iri).addProperty(RDF.type, type);
    }

    /**
     * A fact node: also labelled, with {@code dcterms:source} its document. Not prov:wasDerivedFrom:
     * its domain is prov:Entity, disjoint with prov:Activity, and events are activities.
     */
    Resource fact(String iri, Resource type, String label, Location at) {
        Resource r = node(iri, type, at);
        text(r, RDFS.label, label);
        r.addProperty(DCTerms.source, article());
        return r;
    }

    Resource resource(Ref ref) { return model.createResource(index.iri(ref)); }

    void link(Resource s, Property p, List<Ref> refs) { refs.forEach(r -> s.addProperty(p, resource(r))); }

    void text(Resource s, Property p, String text) { s.addProperty(p, text, LANG); }

    void texts(Resource s, Property p, List<String> texts) { texts.forEach(t -> text(s, p, t)); }

    void plain(Resource s, Property p, String text) { s.addProperty(p, text); }

    void date(Resource s, Property p, LocalDate date) {
        s.addProperty(p, model.createTypedLiteral(date.toString(), XSDDatatype.XSDdate));
    }

    void integer(Resource s, Property p, long n) {
        s.addProperty(p, model.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger));
    }

    void bool(Resource s, Property p) { s.addLiteral(p, model.createTypedLiteral(true)); }

    void duration(Resource s, Property p, String iso) {
        s.addProperty(p, model.createTypedLiteral(iso, XSDDatatype.XSDduration));
    }

    void typed(Resource s, Property p, String lexical, XSDDatatype type) {
        s.addProperty(p, model.createTypedLiteral(lexical, type));
    }
}
