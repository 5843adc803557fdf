package org.w3id.cstokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.w3id.cstokg.store.WriteBudget;

/**
 * The limits of one SPARQL Update request: it runs with a {@link WriteBudget} (a cap on the
 * triples it adds, a time limit), and its error answers are rewritten before they leave: 413 when
 * it hit the cap, 503 when it ran out of time, 403 when a {@code LOAD} source was refused, and a
 * failed {@code LOAD} says that it failed without the parser's message (which quotes the fetched
 * document). In every case Fuseki has aborted the transaction: the store is as it was.
 */
final class UpdateFence extends HttpFilter {
    private static final int MAX_CAPTURED = 64 * 1024;
    private final String updatePath;
    private final long maxTriples;
    private final Duration limit;
    private final LoadFence loads;

    UpdateFence(String updatePath, long maxTriples, Duration limit, LoadFence loads) {
        this.updatePath = updatePath;
        this.loads = loads;
        this.maxTriples = maxTriples;
        this.limit = limit;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.startsWith(updatePath)) {
            chain.doFilter(request, response);
            return;
        }
        String text = BufferedBody.of(request).map(BufferedBody::text).orElseGet(() -> request.getParameter("update"));
        Optional<String> refused = Optional.ofNullable(text).flatMap(loads::refusal);
        if (refused.isPresent()) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, refused.get());
            return;
        }
        ErrorCapture capture = new ErrorCapture(response);
        try (WriteBudget budget = WriteBudget.open(maxTriples, limit)) {
            chain.doFilter(request, capture);
            if (capture.status != 0) answer(response, capture, budget);
        }
    }

    private void answer(HttpServletResponse response, ErrorCapture capture, WriteBudget budget) throws IOException {
        String body = capture.body.toString(StandardCharsets.UTF_8).strip();
        if (budget.breach().orElse(null) == WriteBudget.Breach.TRIPLES) {
            plain(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The update adds more than " + maxTriples + " triples; nothing was changed.");
        } else if (budget.breach().isPresent() || (capture.status == 400 && budget.expired())) {
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The update ran longer than " + limit.toSeconds() + " s; nothing was changed.");
        } else if (body.contains(LoadFence.REFUSED)) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, firstLine(body.substring(body.indexOf(LoadFence.REFUSED))));
        } else if (body.contains("Failed to LOAD")) {
            String failed = body.substring(body.indexOf("Failed to LOAD"));
            int cut = failed.indexOf(" :: ");
            plain(response, capture.status, firstLine(cut < 0 ? failed : failed.substring(0, cut))
                    + ": the document could not be read as RDF; nothing was changed.");
        } else {
            plain(response, capture.status, firstLine(body));
        }
    }

    /** Answers with a status and a one-line plain-text body. */
    static void plain(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted()) return;
        response.resetBuffer();
        byte[] body = (message + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Holds back an error status and its body, so that the fence can answer instead. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400) status = sc;
            else super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
            if (msg != null) body.writeBytes(msg.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void setContentLength(int len) {
            if (status == 0) super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (status == 0) super.setContentLengthLong(len);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (status == 0) return super.getOutputStream();
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    if (body.size() < MAX_CAPTURED) body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (status == 0) return super.getWriter();
            return new PrintWriter(getOutputStream(), true, StandardCharsets.UTF_8);
        }
    }
}
