package org.w3id.cstokg.publish;

import java.util.List;
import java.util.Map;

/**
 * The SPARQL query endpoint that goes with a Graph Store Protocol endpoint, for the stores whose
 * URL layout is known (Fuseki, Neptune, GraphDB/RDF4J, Virtuoso); otherwise the {@code /sparql}
 * below the given URL, as for a Fuseki dataset URL.
 */
final class QueryEndpoints {
    /** GSP path endings and what replaces them, most specific first. */
    private static final List<Map.Entry<String, String>> SIBLINGS = List.of(
            Map.entry("/sparql/gsp", "/sparql"),
            Map.entry("/rdf-graphs/service", ""),
            Map.entry("/sparql-graph-crud-auth", "/sparql-auth"),
            Map.entry("/sparql-graph-crud", "/sparql"),
            Map.entry("/rdf-graph-store", "/sparql"),
            Map.entry("/data", "/sparql"));

    private QueryEndpoints() {}

    static String siblingOf(String gspEndpoint) {
        String base = gspEndpoint.replaceAll("/+$", "");
        for (Map.Entry<String, String> sibling : SIBLINGS)
            if (base.endsWith(sibling.getKey()))
                return base.substring(0, base.length() - sibling.getKey().length()) + sibling.getValue();
        return base + "/sparql";
    }
}
