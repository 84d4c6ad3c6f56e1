package org.concert.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.jetty.http.HttpException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/** A request body read whole, up to the endpoint's limit, so that one too large is a 413 and not a broken read. */
final class RequestBody {

    private RequestBody() {
    }

    /** The body, or null after answering 413 when it is larger than {@code limit} bytes. */
    static byte[] read(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        } catch (RuntimeException e) {
            // Jetty's size limit stops a chunked body past the limit while it is read.
            if (!(e instanceof HttpException http && http.getCode() == 413)) {
                throw e;
            }
            body = null;
        }
        if (body == null || body.length > limit) {
            tooLarge(response, limit);
            return null;
        }
        return body;
    }

    static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        Answers.text(response, 413, "Request body too large: at most " + limit + " bytes are accepted.");
    }

    /** {@code request} with {@code body} as its content, for the handlers after Concert's. */
    static HttpServletRequest replay(HttpServletRequest request, byte[] body) {
        return new HttpServletRequestWrapper(request) {
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
                    public void setReadListener(ReadListener listener) {
                        throw new IllegalStateException("the body was read already");
                    }
                };
            }

            @Override
            public long getContentLengthLong() {
                return body.length;
            }

            @Override
            public int getContentLength() {
                return body.length;
            }
        };
    }
}
