package org.w3id.cstokg.load;

import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.cstokg.facts.Fact;
import org.w3id.cstokg.facts.FactKey;
import org.w3id.cstokg.facts.Kind;
import org.w3id.cstokg.facts.Ref;
import org.w3id.cstokg.facts.Stated;
import org.w3id.cstokg.facts.Template;
import org.w3id.cstokg.facts.Time;
import org.w3id.cstokg.facts.ValueShape;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * A fact of a declared kind → a resource of its kind's class (a concept: in its scheme), labelled by
 * its name or its kind's label template, with its time, what each declared key states, as the key's
 * property and in the form its value shape gives, and the shortcuts its kind declares.
 */
final class DeclaredFactMapper {
    private DeclaredFactMapper() {}

    static void map(DocumentGraph g, Fact f) {
        String label = label(g, f);
        FactCitations.map(g, f.nodeId(), f.cites(), f.valueCites(), Ids.entity(f.nodeId()),
                g.model.createResource(f.kind().classIri()), label, f.at(), (r, c) -> {
                    f.time().ifPresent(t -> c.stating(c.forAnyKey(Time.KEYS), () -> TimeMapper.time(g, r, f.id(), t, f.at())));
                    for (Stated s : f.stated()) stated(g, r, f, label, s, c);
                    f.kind().scheme().ifPresent(scheme -> r.addProperty(SKOS.inScheme, g.model.createResource(scheme)));
                    for (Kind.Shortcut s : f.kind().shortcuts()) shortcut(g, f, s);
                });
    }

    /** Its name, or the label its kind's template makes from the names of what its keys name. */
    private static String label(DocumentGraph g, Fact f) {
        return f.kind().naming().label().map(template -> Template.fill(template, key ->
                        key.equals("id") && f.kind().hasIdKey() ? Optional.of(f.id())
                                : f.stated(key).flatMap(s -> named(g, s))).orElse(f.id()))
                .orElseGet(() -> f.name().orElseThrow());
    }

    /** How the first value of a key reads in a label. */
    private static Optional<String> named(DocumentGraph g, Stated s) {
        return switch (s) {
            case Stated.Refs refs -> refs.refs().stream().findFirst().map(ref -> g.index.name(ref.id()));
            case Stated.Author author -> Optional.of("the author");
            case Stated.Texts texts -> texts.texts().stream().findFirst();
            case Stated.Literal literal -> Optional.of(literal.lexical());
            case Stated.Counted counted -> Optional.empty();
        };
    }

    /** {@code <from> property <to>} for every value of the two keys. */
    private static void shortcut(DocumentGraph g, Fact f, Kind.Shortcut s) {
        Property p = g.model.createProperty(s.property());
        for (Resource from : resources(g, f, s.from())) for (Resource to : resources(g, f, s.to())) from.addProperty(p, to);
    }

    private static List<Resource> resources(DocumentGraph g, Fact f, String key) {
        return f.stated(key).map(s -> switch (s) {
            case Stated.Refs refs -> refs.refs().stream().map(g::resource).toList();
            case Stated.Author author -> List.of(author(g));
            default -> List.<Resource>of();
        }).orElse(List.of());
    }

    private static Resource author(DocumentGraph g) { return g.model.createResource(Ids.author(g.document.id())); }

    /** What one key states, each value under the citations that state it. */
    private static void stated(DocumentGraph g, Resource r, Fact f, String label, Stated s, FactCitations c) {
        Property p = property(g, s.key());
        String key = s.key().key();
        switch (s) {
            case Stated.Refs refs when s.key().shape() == ValueShape.PHOTOGRAPH -> refs.refs().forEach(credit ->
                    c.stating(c.forItem(key, credit.id()), () -> photograph(g, r, f, label, p, credit)));
            case Stated.Refs refs -> refs.refs().forEach(ref ->
                    c.stating(c.forItem(key, ref.id()), () -> r.addProperty(p, g.resource(ref))));
            case Stated.Author author -> c.stating(c.forKey(key), () -> r.addProperty(p, author(g)));
            case Stated.Texts texts -> texts.texts().forEach(text ->
                    c.stating(c.forItem(key, text), () -> g.text(r, p, text)));
            case Stated.Counted counted -> QuantityMapper.quantity(g, r, f.nodeId(), label, counted.quantity());
            case Stated.Literal literal -> c.stating(c.forKey(key), () -> literal(g, r, p, literal));
        }
    }

    /**
     * What a key of the document's header states, on the document's node: the header cites no
     * paragraph, so its values have no evidence. Counts, photographs and attributions, which make
     * nodes of a fact, are no keys of a document ({@code OntologyFactFormat} refuses them).
     */
    static void uncited(DocumentGraph g, Resource r, Stated s) {
        Property p = property(g, s.key());
        switch (s) {
            case Stated.Refs refs -> refs.refs().forEach(ref -> r.addProperty(p, g.resource(ref)));
            case Stated.Texts texts -> texts.texts().forEach(text -> g.text(r, p, text));
            case Stated.Literal literal -> literal(g, r, p, literal);
            case Stated.Author author -> throw new IllegalStateException("an attribution on a document: " + s.key());
            case Stated.Counted counted -> throw new IllegalStateException("a count on a document: " + s.key());
        }
    }

    /** A literal value: a code's IRI or string, a web address, or a typed literal. */
    private static void literal(DocumentGraph g, Resource r, Property p, Stated.Literal literal) {
        Optional<String> iri = iri(literal);
        if (iri.isPresent()) r.addProperty(p, g.model.createResource(iri.get()));
        else if (literal.key().shape() == ValueShape.CODE) g.plain(r, p, literal.lexical());
        else g.typed(r, p, literal.lexical(), datatype(literal.key()));
    }

    /**
     * The IRI a literal value is mapped to: a web address, or a code's codebook concept when its
     * key gives a prefix (else the code is a plain string); empty for every other value.
     */
    static Optional<String> iri(Stated.Literal literal) {
        return switch (literal.key().shape()) {
            case IRI -> Optional.of(literal.lexical());
            case CODE -> literal.key().code().flatMap(FactKey.Code::prefix).map(prefix -> prefix + literal.lexical());
            default -> Optional.empty();
        };
    }

    /** The photograph that depicts the fact, credited (by {@code credit}) to the outlet. */
    private static void photograph(DocumentGraph g, Resource fact, Fact f, String label, Property credit, Ref outlet) {
        Resource photo = g.fact(Ids.part(f.nodeId(), "photo"), KG.Photograph, "Photograph: " + label, f.at());
        photo.addProperty(KG.depicts, fact).addProperty(credit, g.resource(outlet));
    }

    static Property property(DocumentGraph g, FactKey key) { return g.model.createProperty(key.property()); }

    private static XSDDatatype datatype(FactKey key) {
        return switch (key.shape()) {
            case DATE -> XSDDatatype.XSDdate;
            case DURATION -> XSDDatatype.XSDduration;
            case INTEGER -> XSDDatatype.XSDinteger;
            default -> throw new IllegalStateException("no literal for " + key.shape());
        };
    }
}
