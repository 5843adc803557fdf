package org.w3id.cstokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.cstokg.vocab.KgPrefixes;

/**
 * {@code GET /ui/prefixes.json}: the project's prefixes as {@code {"kg": "https://…#", …}}, the
 * shape of prefix.cc's {@code all.file.json}, so that the query editor's prefix autocompleter
 * reads them from this server instead of from prefix.cc.
 */
final class PrefixesServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject prefixes = new JsonObject();
        KgPrefixes.mapping().getNsPrefixMap().forEach(prefixes::put);
        response.setContentType("application/json;charset=utf-8");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, prefixes);
        }
    }
}
