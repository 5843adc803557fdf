package org.w3id.cstokg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one way this server answers an error: a status and a plain one-line message, rendered by
 * {@link PlainErrorHandler} as text, never with a stack trace.
 */
public final class HttpErrors {

    private HttpErrors() {}

    /** Sends {@code status} with {@code message} unless the response is already on its way. */
    public static void send(HttpServletResponse response, int status, String message) throws IOException {
        if (!response.isCommitted()) {
            response.sendError(status, message);
        }
    }

    /** 404 for a path this server does not serve. */
    public static void notFound(HttpServletResponse response, String path) throws IOException {
        send(response, HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
    }
}
