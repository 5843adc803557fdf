package org.w3id.cstokg.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.http.RegistryHttpClient;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.atlas.web.TypedInputStream;
import org.apache.jena.riot.system.streammgr.Locator;
import org.apache.jena.riot.system.streammgr.StreamManager;
import org.apache.jena.update.UpdateException;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.util.Context;

/**
 * Where SPARQL Update's {@code LOAD} may read from: only the URLs listed (the SERVICE allow-list
 * and {@code --allow-load}), so never a {@code file:} or loopback URL unless named. Every source
 * Jena opens for a LOAD is first mapped here ({@link #mapURI}): a refused one fails the update; an
 * allowed one is fetched by this class, with no redirect followed, a connect and read time limit,
 * and at most {@link #MAX_BYTES} bytes. Usage: {@code new LoadFence(urls).installIn(dataset.getContext())}.
 */
final class LoadFence extends StreamManager implements Locator {
    /** The most bytes one LOAD may fetch: 8 MB. */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    /** Marks the sources this fence has allowed, so that only its own locator opens them. */
    static final String SCHEME = "kg-load:";
    /** The start of every refusal message. */
    static final String REFUSED = "LOAD refused: ";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Set<String> allowed;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT).build();

    LoadFence(Collection<String> allowed) {
        this.allowed = Set.copyOf(allowed);
        addLocator(this);
        // LOAD ... INTO opens its source through Jena's global stream manager, whose HTTP client
        // is chosen per URL: for the allowed ones, one that follows no redirect
        for (String url : this.allowed) {
            if (url.startsWith("http://") || url.startsWith("https://")) RegistryHttpClient.get().add(url, http);
        }
    }

    /**
     * The refusal of the first LOAD in {@code update} whose source is not allowed, if one is not;
     * empty as well when the text does not parse (Fuseki then answers the syntax error).
     */
    Optional<String> refusal(String update) {
        UpdateRequest request;
        try {
            request = UpdateFactory.create(update, Syntax.syntaxARQ);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load && !allowed.contains(load.getSource())) {
                return Optional.of(refusalOf(load.getSource()));
            }
        }
        return Optional.empty();
    }

    private static String refusalOf(String source) {
        return REFUSED + "<" + source + "> is not on this server's allow-list (start it with --allow-load "
                + source + " to allow it)";
    }

    /** Makes LOAD in updates run with {@code context} go through this fence. */
    void installIn(Context context) {
        StreamManager.set(context, this);
    }

    @Override
    public String mapURI(String source) {
        if (source.startsWith(SCHEME)) return source;
        if (!allowed.contains(source)) {
            throw new UpdateException(refusalOf(source));
        }
        return SCHEME + source;
    }

    @Override
    public TypedInputStream open(String mapped) {
        if (!mapped.startsWith(SCHEME)) return null;
        String source = mapped.substring(SCHEME.length());
        URI uri = URI.create(source);
        try {
            if ("file".equals(uri.getScheme())) return file(uri);
            return fetch(uri);
        } catch (IOException e) {
            throw new UpdateException("LOAD <" + source + "> failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpdateException("LOAD <" + source + "> was interrupted");
        }
    }

    private TypedInputStream fetch(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept", WebContent.defaultRDFAcceptHeader).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status / 100 == 3) {
                throw new UpdateException(REFUSED + "<" + uri + "> redirects elsewhere (HTTP " + status
                        + "), and redirects are not followed");
            }
            if (status / 100 != 2) throw new UpdateException("LOAD <" + uri + "> failed: HTTP " + status);
            byte[] bytes = bounded(body, uri);
            return new TypedInputStream(new ByteArrayInputStream(bytes),
                    response.headers().firstValue("Content-Type").map(ContentType::create).orElse(null), uri.toString());
        }
    }

    private static TypedInputStream file(URI uri) throws IOException {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(uri))) {
            return new TypedInputStream(new ByteArrayInputStream(bounded(in, uri)), (ContentType) null, uri.toString());
        }
    }

    private static byte[] bounded(InputStream in, URI uri) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new UpdateException("LOAD <" + uri + "> is larger than " + MAX_BYTES + " bytes");
        }
        return bytes;
    }

    @Override
    public String getName() {
        return "LoadFence";
    }
}
