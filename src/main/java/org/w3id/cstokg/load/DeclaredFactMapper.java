package org.w3id.cstokg.load;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.w3id.cstokg.facts.Fact;
import org.w3id.cstokg.facts.FactKey;
import org.w3id.cstokg.facts.Ref;
import org.w3id.cstokg.facts.Stated;
import org.w3id.cstokg.facts.Time;
import org.w3id.cstokg.facts.ValueShape;
import org.w3id.cstokg.vocab.Ids;
import org.w3id.cstokg.vocab.KG;

/**
 * An entity, contingent or event → a resource of its kind's class, with its time and what each
 * declared key states, as the key's property and in the form its value shape gives.
 */
final class DeclaredFactMapper {
    private DeclaredFactMapper() {}

    static void map(DocumentGraph g, Fact f) {
        FactCitations.map(g, f.id(), f.cites(), f.valueCites(), Ids.entity(f.id()),
                g.model.createResource(f.kind().classIri()), f.name(), f.at(), (r, c) -> {
                    f.time().ifPresent(t -> c.stating(c.forAnyKey(Time.KEYS), () -> TimeMapper.time(g, r, f.id(), t, f.at())));
                    for (Stated s : f.stated()) stated(g, r, f, s, c);
                });
    }

    /** What one key states, each value under the citations that state it. */
    private static void stated(DocumentGraph g, Resource r, Fact f, Stated s, FactCitations c) {
        Property p = property(g, s.key());
        String key = s.key().key();
        switch (s) {
            case Stated.Refs refs when s.key().shape() == ValueShape.PHOTOGRAPH -> refs.refs().forEach(credit ->
                    c.stating(c.forItem(key, credit.id()), () -> photograph(g, r, f, p, credit)));
            case Stated.Refs refs -> refs.refs().forEach(ref ->
                    c.stating(c.forItem(key, ref.id()), () -> r.addProperty(p, g.resource(ref))));
            case Stated.Texts texts -> texts.texts().forEach(text ->
                    c.stating(c.forItem(key, text), () -> g.text(r, p, text)));
            case Stated.Counted counted -> QuantityMapper.quantity(g, r, f.id(), f.name(), counted.quantity());
            case Stated.Literal literal when s.key().shape() == ValueShape.CODE ->
                    c.stating(c.forKey(key), () -> code(g, r, p, s.key(), literal.lexical()));
            case Stated.Literal literal ->
                    c.stating(c.forKey(key), () -> g.typed(r, p, literal.lexical(), datatype(s.key())));
        }
    }

    /** The photograph that depicts the fact, credited (by {@code credit}) to the outlet. */
    private static void photograph(DocumentGraph g, Resource fact, Fact f, Property credit, Ref outlet) {
        Resource photo = g.fact(Ids.part(f.id(), "photo"), KG.Photograph, "Photograph: " + f.name(), f.at());
        photo.addProperty(KG.depicts, fact).addProperty(credit, g.resource(outlet));
    }

    /** A code: the IRI of its codebook concept, or a plain string if the key gives no prefix. */
    private static void code(DocumentGraph g, Resource r, Property p, FactKey key, String code) {
        var prefix = key.code().flatMap(FactKey.Code::prefix);
        if (prefix.isPresent()) r.addProperty(p, g.model.createResource(prefix.get() + code));
        else g.plain(r, p, code);
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
