package org.w3id.cstokg.server;

import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SLF4J line per HTTP request, on logger {@value #LOGGER}: client, request line, status, bytes, time,
 * as Jetty's {@code CustomRequestLog} writes {@code %{client}a "%r" %s %O bytes %{ms}T ms}; an answer
 * cut off after it started ({@link TruncatedAnswerGuard}) ends {@code cut off, then 503}, since the
 * status sent was the 200 it started with.
 * Written by hand because that class compiles its format into a chain of method handles when the
 * server is built, some 80 ms of a cold start.
 */
final class RequestLogging implements RequestLog {
    static final String LOGGER = "org.w3id.cstokg.server.requests";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private RequestLogging() {}

    static RequestLog create() {
        return new RequestLogging();
    }

    @Override
    public void log(Request request, Response response) {
        if (LOG.isInfoEnabled()) {
            LOG.info(line(request, response));
        }
    }

    /** The log line of one answered request. */
    static String line(Request request, Response response) {
        StringBuilder line = new StringBuilder(128);
        String client = Request.getRemoteAddr(request);
        line.append(client == null || client.isEmpty() ? "-" : client).append(" \"");
        quoted(line, request.getMethod()).append(' ');
        quoted(line, request.getHttpURI().getPathQuery()).append(' ');
        quoted(line, request.getConnectionMetaData().getProtocol()).append("\" ");
        return line.append(response.getStatus()).append(' ')
                .append(Response.getContentBytesWritten(response)).append(" bytes ")
                .append(TimeUnit.NANOSECONDS.toMillis(NanoTime.since(request.getBeginNanoTime()))).append(" ms")
                .append(request.getAttribute(TruncatedAnswerGuard.CUT) instanceof Integer status
                        ? " cut off, then " + status : "")
                .toString();
    }

    /** Appends a value inside the quoted request line, escaping quotes and backslashes as Jetty does. */
    private static StringBuilder quoted(StringBuilder line, String value) {
        if (value == null) return line;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') line.append('\\');
            line.append(c);
        }
        return line;
    }
}
