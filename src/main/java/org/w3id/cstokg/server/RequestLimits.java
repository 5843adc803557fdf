package org.w3id.cstokg.server;

import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Caps on what one request may send, so an oversized request is refused before it costs memory:
 * a body over {@link #MAX_BODY} gets 413, a request line over {@link #MAX_HEADER} 414, headers
 * over it 431 (Jetty's own answers, rendered by {@link PlainErrorHandler}).
 */
final class RequestLimits {
    /** The largest request body (a query or update, form-encoded or not): 1 MB. */
    static final int MAX_BODY = 1024 * 1024;
    /** The largest request line plus headers: 16 KB (a GET query longer than that belongs in a POST). */
    static final int MAX_HEADER = 16 * 1024;
    /** The most fields a form may have (Jetty's default, now answered 413 by {@link BodyLimitFilter}). */
    static final int MAX_FORM_KEYS = 1000;

    private RequestLimits() {}

    /** Applies the caps to a built, not yet started, server. */
    static void apply(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration config = http.getHttpConfiguration();
                config.setRequestHeaderSize(MAX_HEADER);
                config.setSendServerVersion(false);
            }
        }
        for (ServletContextHandler context : jetty.getDescendants(ServletContextHandler.class)) {
            context.setMaxFormContentSize(MAX_BODY);
            context.setMaxFormKeys(MAX_FORM_KEYS);
        }
        SizeLimitHandler limit = new SizeLimitHandler(MAX_BODY, -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
    }
}
