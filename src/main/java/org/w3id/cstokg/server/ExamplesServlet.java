package org.w3id.cstokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * {@code GET /ui/examples.json}: the queries of {@code queries/} as a JSON array of
 * {@code {name, title, query}}, read on each request so the UI never lags the folder.
 */
final class ExamplesServlet extends HttpServlet {
    private final Path folder;

    ExamplesServlet(Path folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArray array = new JsonArray();
        for (ExampleQuery example : ExampleQuery.readAll(folder)) {
            JsonObject object = new JsonObject();
            object.put("name", example.name());
            object.put("title", example.title());
            object.put("query", example.text());
            array.add(object);
        }
        response.setContentType("application/json;charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, array);
        }
    }
}
