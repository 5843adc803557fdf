package org.w3id.cstokg.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body was read once into memory (at most {@link RequestLimits#MAX_BODY} bytes,
 * by {@link BodyLimitFilter}), so that a filter can look at it and Fuseki still reads it whole.
 */
final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The buffered body under {@code request} and the wrappers other filters put around it, if there is one. */
    static java.util.Optional<BufferedBody> of(jakarta.servlet.ServletRequest request) {
        for (jakarta.servlet.ServletRequest r = request; ; r = ((jakarta.servlet.ServletRequestWrapper) r).getRequest()) {
            if (r instanceof BufferedBody body) return java.util.Optional.of(body);
            if (!(r instanceof jakarta.servlet.ServletRequestWrapper)) return java.util.Optional.empty();
        }
    }

    /** The body as UTF-8 text. */
    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {}
        };
    }

    @Override
    public java.io.BufferedReader getReader() {
        return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
}
