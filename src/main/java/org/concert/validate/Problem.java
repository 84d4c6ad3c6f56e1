package org.concert.validate;

import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * One problem a validation found.
 *
 * @param code    what is wrong, as a stable code
 * @param file    the input it is in, or {@code null} when it arises from the inputs together
 * @param line    the 1-based line where the parser knows it, else -1
 * @param column  the 1-based column where the parser knows it, else -1
 * @param subject the offending resource, or {@code null}
 * @param message what is wrong, in one sentence
 *
 * @since 0.1.0
 */
public record Problem(ErrorCode code, String file, long line, long column, String subject, String message) {

    /** A one-line suggestion of what to do. */
    public String hint() {
        return code.hint();
    }

    /** One line for a person: code, place, subject, message. */
    public String describe() {
        return ConcertException.describe(code, file, line, column,
                subject == null ? message : "<" + subject + "> " + message);
    }

}
