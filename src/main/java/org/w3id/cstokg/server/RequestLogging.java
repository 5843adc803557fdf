package org.w3id.cstokg.server;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;

/** One SLF4J line per HTTP request, on logger {@value #LOGGER}: client, request line, status, bytes, time. */
final class RequestLogging {
    static final String LOGGER = "org.w3id.cstokg.server.requests";
    private static final String FORMAT = "%{client}a \"%r\" %s %O bytes %{ms}T ms";

    private RequestLogging() {}

    static RequestLog create() {
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(LOGGER);
        return new CustomRequestLog(writer, FORMAT);
    }
}
