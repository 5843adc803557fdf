package org.w3id.cstokg.server;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.update.UpdateFactory;

/**
 * Whether a query or update is nested too deeply for Jena's recursive parser and algebra: it is
 * parsed (and a query compiled and optimised) here, and a {@link StackOverflowError} in doing so
 * (also as the cause of the parse error Jena's parser makes of one) answers yes. A syntax error
 * answers no: it is for Fuseki to report. A text that {@link NestingBound} finds
 * {@linkplain NestingBound#shallow shallow}, as nearly every query is, answers no without being
 * parsed, so that it is parsed once per request (by Fuseki), not twice.
 */
final class ParseDepth {
    private ParseDepth() {}

    static boolean tooDeep(String query, String update) {
        if (NestingBound.shallow(query) && NestingBound.shallow(update)) return false;
        try {
            if (query != null) Algebra.optimize(Algebra.compile(QueryFactory.create(query, Syntax.syntaxARQ)));
            if (update != null) UpdateFactory.create(update, Syntax.syntaxARQ);
            return false;
        } catch (StackOverflowError e) {
            return true;
        } catch (RuntimeException e) {
            return causedByOverflow(e);
        }
    }

    /** Whether {@code e} reports a stack overflow: Jena's parsers turn one into a parse error with no message. */
    static boolean causedByOverflow(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) return true;
        }
        return false;
    }
}
