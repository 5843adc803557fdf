package org.w3id.cstokg.query;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.cstokg.KgException;

/**
 * Runs one SPARQL query on a dataset (its default graph as given) and writes the results.
 * SELECT and ASK in any {@link ResultFormat}; CONSTRUCT and DESCRIBE as Turtle (text) or JSON-LD (json).
 */
public final class QueryRunner {
    private QueryRunner() {}

    public static void run(Query query, Dataset dataset, ResultFormat format, OutputStream out) {
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            if (query.isSelectType()) select(qe, query, format, out);
            else if (query.isAskType()) ask(qe.execAsk(), format, out);
            else graph(query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), format, out);
        }
    }

    private static void select(QueryExecution qe, Query query, ResultFormat format, OutputStream out) {
        var rows = qe.execSelect();
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, rows, query);
            case CSV -> ResultSetFormatter.output(out, rows, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, rows, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, rows, ResultSetLang.RS_JSON);
        }
    }

    private static void ask(boolean answer, ResultFormat format, OutputStream out) {
        switch (format) {
            case TEXT -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
        }
    }

    private static void graph(Model model, ResultFormat format, OutputStream out) {
        switch (format) {
            case TEXT -> RDFDataMgr.write(out, model, Lang.TURTLE);
            case JSON -> RDFDataMgr.write(out, model, Lang.JSONLD);
            default -> throw new KgException("--format " + format.name().toLowerCase()
                    + " is for SELECT and ASK; use text (Turtle) or json (JSON-LD) for CONSTRUCT and DESCRIBE");
        }
    }
}
