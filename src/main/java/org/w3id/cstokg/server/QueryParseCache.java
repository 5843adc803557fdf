package org.w3id.cstokg.server;

import java.util.Objects;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.lang.SPARQLParser;
import org.apache.jena.sparql.lang.SPARQLParserFactory;
import org.apache.jena.sparql.lang.SPARQLParserRegistry;

/**
 * The parser of ARQ syntax (the one Fuseki parses every query with), remembering the last
 * {@value #ENTRIES} queries it parsed: a query sent again, as a client's saved question is, is copied
 * ({@link Query#cloneQuery()}, tens of microseconds) instead of parsed again (Jena's JavaCC parser takes
 * about a millisecond for a twenty-line query). Each parse gets its own copy, so what a request does
 * to its query touches no other request's; a text that does not parse is not remembered and fails as
 * it did. Texts over {@value #MAX_CHARS} characters are parsed every time.
 * Installed in Jena's {@link SPARQLParserRegistry} for the whole JVM: {@code QueryParseCache.install()}.
 */
final class QueryParseCache implements SPARQLParserFactory {
    /** How many parsed queries are kept. */
    static final int ENTRIES = 1_000;
    /** The longest text kept. */
    static final int MAX_CHARS = 16 * 1024;

    private record Key(String base, String text) {}

    private final SPARQLParserFactory parsers;
    private final Cache<Key, Query> parsed = CacheFactory.createCache(ENTRIES);

    private QueryParseCache(SPARQLParserFactory parsers) {
        this.parsers = Objects.requireNonNull(parsers, "parsers");
    }

    /** Puts the cache in front of Jena's parser of ARQ syntax, once per JVM. */
    static synchronized void install() {
        SPARQLParserFactory current = SPARQLParserRegistry.findFactory(Syntax.syntaxARQ);
        if (!(current instanceof QueryParseCache)) {
            SPARQLParserRegistry.addFactory(Syntax.syntaxARQ, new QueryParseCache(current));
        }
    }

    /** Jena's own parser of ARQ syntax, with no cache in front of it (for tests that compare). */
    static SPARQLParser uncached() {
        SPARQLParserFactory current = SPARQLParserRegistry.findFactory(Syntax.syntaxARQ);
        SPARQLParserFactory own = current instanceof QueryParseCache cache ? cache.parsers : current;
        return own.create(Syntax.syntaxARQ);
    }

    @Override
    public boolean accept(Syntax syntax) {
        return Syntax.syntaxARQ.equals(syntax);
    }

    @Override
    public SPARQLParser create(Syntax syntax) {
        return new SPARQLParser() {
            @Override
            protected Query parse$(Query query, String text) throws QueryParseException {
                return QueryParseCache.this.parse(query, text, syntax);
            }
        };
    }

    private Query parse(Query query, String text, Syntax syntax) {
        if (text.length() > MAX_CHARS) return parsers.create(syntax).parse(query, text);
        IRIx base = query.getBase();
        Key key = new Key(base == null ? null : base.str(), text);
        Query known = parsed.getIfPresent(key);
        if (known == null) {
            Query fresh = parsers.create(syntax).parse(query, text);
            parsed.put(key, copy(fresh));
            return fresh;
        }
        return copy(known);
    }

    /** A copy with the original's base IRI, which {@link Query#cloneQuery()} leaves out. */
    private static Query copy(Query query) {
        Query copy;
        synchronized (query) {
            copy = query.cloneQuery();
        }
        if (query.getBase() != null) copy.setBase(query.getBase());
        copy.setSyntax(query.getSyntax());
        return copy;
    }
}
