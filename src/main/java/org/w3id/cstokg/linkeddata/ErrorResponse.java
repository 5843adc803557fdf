package org.w3id.cstokg.linkeddata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The one way the linked-data servlets answer an error: a status and a plain-text message, never a stack trace. */
final class ErrorResponse {
    private ErrorResponse() {}

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        if (response.isCommitted())
            return;
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(message + "\n");
        response.flushBuffer();
    }
}
