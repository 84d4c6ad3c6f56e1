package org.concert.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.google.gson.JsonObject;

import org.concert.ConcertException;
import org.concert.ErrorCode;

import jakarta.servlet.http.HttpServletResponse;

/** How every route writes a whole answer: status, type, length and body at once. */
final class Answers {

    private Answers() {
    }

    /** {@code body} as {@code type} (UTF-8 when text), with its length. */
    static void send(HttpServletResponse response, int status, String type, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(type + ";charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** One line of plain text. */
    static void text(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON object on one line. */
    static void json(HttpServletResponse response, int status, JsonObject json) throws IOException {
        send(response, status, "application/json", (json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A Concert error as plain text, "CODE message", with the status its code calls for. */
    static void error(HttpServletResponse response, ConcertException e) throws IOException {
        text(response, status(e.code()), e.code().code() + " " + e.getMessage());
    }

    /** The HTTP status of a Concert error: the client's mistakes are 4xx, what the server cannot do now is 503. */
    static int status(ErrorCode code) {
        return switch (code) {
            case UNKNOWN_ENTITY, INPUT_NOT_FOUND -> 404;
            case RESULT_TOO_LARGE, SERVER_BUSY, REASONER_TIMEOUT -> 503;
            default -> code.exitStatus() == 2 ? 400 : 503;
        };
    }
}
