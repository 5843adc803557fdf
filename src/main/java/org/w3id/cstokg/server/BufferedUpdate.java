package org.w3id.cstokg.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * An update request read once, so that its text can be checked before Fuseki runs it: the body of
 * an {@code application/sparql-update} request (at most {@link RequestLimits#MAX_BODY} bytes,
 * handed on again to Fuseki), or the {@code update} form field.
 */
record BufferedUpdate(HttpServletRequest request, Optional<String> text) {

    static BufferedUpdate of(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/sparql-update")) {
            String field = request.getParameter("update") != null ? request.getParameter("update") : request.getParameter("request");
            return new BufferedUpdate(request, Optional.ofNullable(field));
        }
        byte[] body = request.getInputStream().readNBytes(RequestLimits.MAX_BODY + 1);
        HttpServletRequest again = new HttpServletRequestWrapper(request) {
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
        };
        return new BufferedUpdate(again, Optional.of(new String(body, StandardCharsets.UTF_8)));
    }
}
