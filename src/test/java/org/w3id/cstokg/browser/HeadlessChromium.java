package org.w3id.cstokg.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Debian's {@code chromium}, headless, driven over the DevTools protocol with java.net.http alone:
 * navigate, evaluate JavaScript, wait for a condition, take a screenshot. Not a test framework;
 * just enough for the page tests. Usage:
 * {@code try (HeadlessChromium c = HeadlessChromium.start(dir)) { c.navigate(url); c.waitFor("expr", timeout); }}
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with a fresh profile under {@code profile} and connects to its one page. */
    static HeadlessChromium start(Path profile, int width, int height) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: install Debian's chromium (apt-get install -y chromium)"
                    + " to run the browser tests; .ci/run does this");
        }
        Process process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        try {
            int port = devToolsPort(profile.resolve("DevToolsActivePort"), process);
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String pageSocket = null;
            for (JsonNode target : JSON.readTree(list)) {
                if ("page".equals(target.path("type").asText())) pageSocket = target.path("webSocketDebuggerUrl").asText();
            }
            if (pageSocket == null) throw new IllegalStateException("Chromium shows no page target: " + list);
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener(self))
                    .get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(process, socket);
            return self[0];
        } catch (Exception e) {
            process.destroyForcibly();
            if (e instanceof InterruptedException ie) throw ie;
            throw new IOException("Cannot start Chromium: " + e.getMessage(), e);
        }
    }

    private static int devToolsPort(Path file, Process process) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(CALL_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new IOException("Chromium exited with " + process.exitValue());
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) return Integer.parseInt(lines.get(0).strip());
            }
            Thread.sleep(100);
        }
        throw new IOException("Chromium wrote no " + file + " within " + CALL_TIMEOUT);
    }

    /** Sends one DevTools command and waits for its result. */
    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode reply = answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (reply.has("error")) throw new IllegalStateException(method + " failed: " + reply.get("error"));
        return reply.path("result");
    }

    /** Opens {@code url} and waits until its document, not the one before, has loaded. */
    void navigate(String url) throws Exception {
        evaluate("window.previousDocument = true");
        call("Page.navigate", Map.of("url", url));
        waitFor("!window.previousDocument && document.readyState === 'complete'", CALL_TIMEOUT);
    }

    /** The value of a JavaScript expression in the page (JSON-compatible values only). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) throw new IllegalStateException(expression + " threw " + result.get("exceptionDetails"));
        return result.path("result").path("value");
    }

    /** Evaluates {@code expression} every 100 ms until it is truthy; returns that value or fails after {@code timeout}. */
    JsonNode waitFor(String expression, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode value;
            try {
                value = evaluate(expression);
            } catch (IllegalStateException notYet) {
                value = null; // the page is between documents, or not ready for the expression
            }
            if (value != null && !value.isMissingNode() && !value.isNull() && !(value.isBoolean() && !value.asBoolean())
                    && !(value.isTextual() && value.asText().isEmpty())) {
                return value;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not true within " + timeout + ": " + expression
                + "; page text: " + evaluate("document.body ? document.body.innerText.slice(0, 500) : ''"));
    }

    /** Saves a PNG of the viewport. */
    void screenshot(Path png) throws Exception {
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png"));
        Files.createDirectories(png.getParent());
        Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Collects text frames (which may come in parts) and completes the call waiting for each reply. */
    private static final class Listener implements WebSocket.Listener {
        private final HeadlessChromium[] owner;
        private final StringBuilder frame = new StringBuilder();

        Listener(HeadlessChromium[] owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(frame.toString());
                    if (message.has("id") && owner[0] != null) {
                        CompletableFuture<JsonNode> waiting = owner[0].pending.remove(message.get("id").asInt());
                        if (waiting != null) waiting.complete(message);
                    }
                } catch (IOException e) {
                    // Not JSON: DevTools sends only JSON, so ignore rather than kill the connection.
                } finally {
                    frame.setLength(0);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
