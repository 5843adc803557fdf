package org.w3id.cstokg.facts;

import java.util.List;
import java.util.Optional;

/** Binds one item of {@code statements}. */
final class StatementReader {
    private StatementReader() {}

    static Optional<Statement> read(YamlNode node, Reading reading) {
        Optional<StatementKind> kind =
                Kinds.peek(node, "kind", StatementKind.class, StatementKind::key, "statement", reading);
        return Fields.ofFact(node, "statement", Statement.KEYS, reading).flatMap(f -> bind(f, kind));
    }

    private static Optional<Statement> bind(Fields f, Optional<StatementKind> kind) {
        Optional<String> id = f.id();
        if (id.isPresent()) f = f.as("statement '" + id.get() + "'");
        boolean byAuthor = f.text("by").filter(Statement.AUTHOR::equals).isPresent();
        Optional<Ref> by = byAuthor ? Optional.empty() : f.ref("by", Target.ANY);
        if (kind.filter(StatementKind::needsBy).isPresent() && !f.has("by")) {
            f.reading.error(f.at(), f.what() + " of kind " + kind.get().key() + " needs 'by'");
        }
        Optional<String> quote = f.text("quote");
        Optional<String> content = f.text("content");
        if (!f.has("quote") && !f.has("content")) f.reading.error(f.at(), f.what() + " needs 'quote' or 'content'");
        Time time = TimeReader.statementTime(f);
        List<Ref> about = f.refs("about", Target.ANY);
        List<Citation> cites = CitationReader.cites(f, true);
        if (id.isEmpty() || kind.isEmpty()) return Optional.empty();
        return Optional.of(new Statement(id.get(), kind.get(), by, byAuthor, time, quote, content, about, cites,
                f.valueCites(), f.at("id")));
    }
}
