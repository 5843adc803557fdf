package org.w3id.cstokg.server;

import static org.apache.jena.fuseki.server.CounterName.QueryTimeouts;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation for the dataset, with one change: the query text is looked up in
 * {@link ParsedQueries} before it is parsed. At a thousand articles Jena's parser was a third of the
 * time of a selective competency question (docs/benchmarks.md § Small queries). Everything else —
 * the messages of a syntax error, the request log, the dataset description, timeouts and their
 * counter, the results — is {@code SPARQLQueryProcessor.execute(String, HttpAction)} of Jena 6.2.0
 * (Apache License 2.0), from which this method is taken: that method parses with
 * {@code QueryFactory.create} inline and has no hook for a parsed query. Registered for
 * {@code Operation.Query} by {@link CstoServer}.
 */
final class QueryProcessor extends SPARQL_QueryDataset {
    private final ParsedQueries parsedQueries = new ParsedQueries(Fuseki.BaseParserSPARQL);

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isEmpty()) ServletOps.errorBadRequest("Error: Empty query string");
        if (queryString.isBlank()) ServletOps.errorBadRequest("Error: Blank query string");

        String queryStringLog = ServletOps.formatForLog(queryString);
        if (action.verbose) {
            String str = queryString.endsWith("\n") ? queryString.substring(0, queryString.length() - 1) : queryString;
            action.log.info(String.format("[%d] Query = \n%s", action.id, str));
        } else {
            action.log.info(String.format("[%d] Query = %s", action.id, queryStringLog));
        }

        Query query = null;
        try {
            ParsedQueries.Parsed parsed = parsedQueries.parse(queryString);
            query = parsed.query();
            queryStringLog = parsed.logLine();
            validateQuery(action, query);
        } catch (ActionErrorException ex) {
            throw ex;
        } catch (QueryParseException ex) {
            String msg = SPARQLProtocol.messageForParseException(ex);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException ex) {
            String msg = SPARQLProtocol.messageForException(ex);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }

        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryStringLog);
            DatasetGraph dataset = p.getLeft();
            Query q = p.getRight() == null ? query : p.getRight();
            try (QueryExec qExec = createQueryExec(action, q, dataset)) {
                QueryExecResult result = executeQuery(action, qExec, query, queryStringLog);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException ex) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + SPARQLProtocol.messageForException(ex));
        } catch (QueryCancelledException ex) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), QueryTimeouts);
            throw ex;
        } finally {
            action.endRead();
        }
    }
}
