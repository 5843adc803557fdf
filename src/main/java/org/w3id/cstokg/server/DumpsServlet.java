package org.w3id.cstokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.cstokg.export.Exports;
import org.w3id.cstokg.export.Format;
import org.w3id.cstokg.store.StoreLayout;

/**
 * Serves the build's dump files at {@code /dumps/NAME}: only the names the build writes, so no
 * request path ever reaches the file system unchecked.
 */
public final class DumpsServlet extends HttpServlet {
    /** The served file names with their media types. */
    public static final Map<String, String> SERVED = Stream.concat(
            Arrays.stream(Format.values()).map(f -> Map.entry(f.fileName(), f.mediaType())),
            Stream.of(Map.entry(Exports.CHECKSUMS, "text/plain"), Map.entry(Exports.CONTEXT_FILE, "application/ld+json"),
                    Map.entry(Exports.VOID_FILE, "text/turtle")))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final Path dir;

    /** Serves the dumps found in {@code dir}. */
    public DumpsServlet(Path dir) {
        this.dir = dir;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String mediaType = SERVED.get(name);
        Path file = dir.resolve(mediaType == null ? "-" : name);
        if (mediaType == null || !Files.isRegularFile(file)) {
            HttpErrors.notFound(response, request.getRequestURI());
            return;
        }
        if (StoreLayout.hasLiveEdits(dir)) {
            response.setHeader("Retry-After", "10");
            HttpErrors.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The dumps are being written again after an "
                    + "edit of the fact files; the SPARQL endpoint already answers with the edit. Try again in a few seconds.");
            return;
        }
        response.setContentType(mediaType.startsWith("text/") || mediaType.endsWith("json")
                ? mediaType + ";charset=utf-8" : mediaType);
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }

}
