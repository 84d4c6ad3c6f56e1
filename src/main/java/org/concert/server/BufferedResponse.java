package org.concert.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.concert.ErrorCode;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A response held in memory until the handler is done, up to a limit. Nothing reaches the client before the
 * whole answer is known, so a query stopped by its timeout, or one whose answer outgrows the limit, can still be
 * answered with an error status instead of a 200 cut short.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
    /** Thrown into the writer when the answer outgrows the limit; the handler's writing stops there. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("the answer is larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private boolean overflowed;
    private PrintWriter writer;
    private final ServletOutputStream stream = new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            if (overflowed || buffer.size() + (long) len > limit) {
                overflowed = true;
                throw new TooLarge(limit);
            }
            buffer.write(bytes, off, len);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new IllegalStateException("a buffered response is written blocking");
        }
    };

    BufferedResponse(HttpServletResponse response, long limit) {
        super(response);
        this.limit = limit;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(stream, charset));
        }
        return writer;
    }

    /** An error from the handler (Fuseki's 503 for a timed-out query, say) replaces what was written so far. */
    @Override
    public void sendError(int status, String message) {
        buffer.reset();
        setStatus(status);
        setContentType("text/plain;charset=utf-8");
        byte[] body = ((message == null ? "Error " + status : message) + "\n").getBytes(StandardCharsets.UTF_8);
        buffer.write(body, 0, body.length);
    }

    @Override
    public void sendError(int status) {
        sendError(status, null);
    }

    @Override
    public void flushBuffer() {
        // Held until the end.
    }

    @Override
    public void setContentLength(int len) {
        // Set from the buffer when it is sent.
    }

    @Override
    public void setContentLengthLong(long len) {
        // Set from the buffer when it is sent.
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
    }

    @Override
    public void reset() {
        super.reset();
        resetBuffer();
    }

    /** Whether the answer outgrew the limit. */
    boolean overflowed() {
        return overflowed;
    }

    /** Sends the answer, or, when it outgrew the limit, a 503 with its code in its place. */
    void finish() throws IOException {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        if (overflowed) {
            response.reset();
            Answers.text(response, 503, ErrorCode.RESULT_TOO_LARGE.code() + " The answer is larger than the endpoint's limit of "
                    + limit + " bytes. " + ErrorCode.RESULT_TOO_LARGE.hint());
            return;
        }
        send();
    }

    /** Sends what was written to the client, with its length. */
    private void send() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLengthLong(buffer.size());
        buffer.writeTo(response.getOutputStream());
    }
}
