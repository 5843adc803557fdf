package org.w3id.cstokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An answer that fails after it has started (a query cancelled by the timeout once the status 200 and
 * the first {@link ResponseBuffers#OUTPUT_BUFFER} bytes are sent) ends with the connection cut, so a
 * chunked body lacks its last chunk and the client sees an error, not a short answer that looks whole.
 * Fuseki reports such a failure only by setting an error status on the committed response (which
 * Jetty ignores) and writing a note into the body, two lines of {@code ##} that a parser of the answer
 * may well skip or choke on; this is where that status is caught. Logged in one line.
 */
final class TruncatedAnswerGuard extends HttpFilter {
    private static final Logger LOG = LoggerFactory.getLogger("org.w3id.cstokg.server");
    /** The request attribute that holds the error status of an answer cut off after it started (for the request log). */
    static final String CUT = "org.w3id.cstokg.server.cutOffWith";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Guarded(request, response));
    }

    /** The response, which aborts its connection when an error status comes after the commit. */
    private static final class Guarded extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private boolean aborted;

        Guarded(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void setStatus(int status) {
            if (!abortIfLate(status)) super.setStatus(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!abortIfLate(status)) super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!abortIfLate(status)) super.sendError(status);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return aborted ? DISCARD : super.getOutputStream();
        }

        /** True if the answer had started and {@code status} is an error, and so the connection was cut. */
        private boolean abortIfLate(int status) {
            if (aborted) return true;
            if (status < 400 || !isCommitted()) return false;
            aborted = true;
            request.setAttribute(CUT, status);
            LOG.warn("Cut off the answer to {} {} after it had started: the request then failed with status {}",
                    request.getMethod(), request.getRequestURI(), status);
            ServletContextRequest.getServletContextRequest(request).getServletChannel()
                    .abort(new IOException("Answer failed after it started, with status " + status));
            return true;
        }
    }

    /** Where Fuseki's error message goes once the connection is cut. */
    private static final ServletOutputStream DISCARD = new ServletOutputStream() {
        @Override
        public void write(int b) {}

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}
    };
}
