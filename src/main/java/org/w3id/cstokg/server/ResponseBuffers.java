package org.w3id.cstokg.server;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;

/**
 * The response output buffer, sized so that Jetty's buffer pool can reuse it. Fuseki 6.2.0 asks for
 * a 5 MiB buffer per response, above the 64 KiB largest buffer the pool keeps, so every answer, even
 * {@code ASK {}}, took fresh native memory that only a garbage collection gave back
 * (docs/benchmarks.md, "The per-request floor"). Jetty's own default, {@value #OUTPUT_BUFFER} bytes,
 * is pooled; a longer answer is sent in chunks as it is written.
 */
final class ResponseBuffers {
    /** The output buffer of each response: Jetty's default, 32 KiB. */
    static final int OUTPUT_BUFFER = 32 * 1024;

    private ResponseBuffers() {}

    /** Sets the output buffer of a built, not yet started, server's HTTP connectors. */
    static void apply(Server jetty) {
        for (Connector connector : jetty.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
            }
        }
    }
}
