package org.w3id.cstokg.server;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.update.UpdateFactory;

/**
 * Whether a query or update is nested too deeply for Jena's recursive parser and algebra: it is
 * parsed (and a query compiled and optimised) here, and a {@link StackOverflowError} in doing so
 * answers yes. A syntax error answers no: it is for Fuseki to report.
 */
final class ParseDepth {
    private ParseDepth() {}

    static boolean tooDeep(String query, String update) {
        try {
            if (query != null) Algebra.optimize(Algebra.compile(QueryFactory.create(query, Syntax.syntaxARQ)));
            if (update != null) UpdateFactory.create(update, Syntax.syntaxARQ);
            return false;
        } catch (StackOverflowError e) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
