package org.w3id.cstokg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Writes a graph or a dataset as JSON-LD 1.1 compacted against the project's published {@code @context}
 * ({@code context.jsonld} on the classpath), embedded inline so the file reads back offline.
 * Jena's own writer compacts only against prefixes, hence this class.
 */
public final class CompactJsonLd {
    /** Classpath location of the published context. */
    public static final String CONTEXT_RESOURCE = "/context.jsonld";

    private CompactJsonLd() {}

    /** The published context document, {@code {"@context": {…}}}. */
    public static JsonObject context() {
        try (InputStream in = CompactJsonLd.class.getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new ExportException("missing classpath resource " + CONTEXT_RESOURCE);
            }
            return Json.createReader(in).readObject();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes one graph (as the default graph of the document). */
    public static void write(Graph graph, OutputStream out) {
        write(DatasetGraphFactory.wrap(graph), out);
    }

    /** Writes a dataset: each named graph as a node with its own {@code @graph}. */
    public static void write(DatasetGraph dataset, OutputStream out) {
        try {
            JsonArray expanded = JenaToTitanium.convert(dataset, new JsonLdOptions());
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context())).get();
            JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out);
            writer.write(compacted);
            out.write('\n');
            out.flush();
        } catch (JsonLdError ex) {
            throw new ExportException("JSON-LD compaction failed: " + ex.getMessage(), ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
