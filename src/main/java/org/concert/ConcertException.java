package org.concert;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one exception type of Concert's library. It carries an {@link ErrorCode} and, where known, the input
 * it concerns and the position in it, so that a caller can render one clear message.
 *
 * @since 0.1.0
 */
public class ConcertException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String input;
    private final long line;
    private final long column;

    /** An error about no particular input. */
    public ConcertException(ErrorCode code, String message) {
        this(code, message, null, -1, -1, null);
    }

    /** An error about no particular input, caused by another exception. */
    public ConcertException(ErrorCode code, String message, Throwable cause) {
        this(code, message, null, -1, -1, cause);
    }

    /**
     * An error about an input (a file path, a query name), at a line and column when known (else -1).
     */
    public ConcertException(ErrorCode code, String message, String input, long line, long column, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.input = input;
        this.line = line;
        this.column = column;
    }

    /**
     * Every problem this exception carries: itself, then the suppressed Concert exceptions of other inputs that
     * were rejected in the same load.
     */
    public List<ConcertException> problems() {
        List<ConcertException> all = new ArrayList<>(List.of(this));
        for (Throwable t : getSuppressed()) {
            if (t instanceof ConcertException ce) {
                all.add(ce);
            }
        }
        return all;
    }

    /** What went wrong, as a stable code. */
    public ErrorCode code() {
        return code;
    }

    /** The input concerned (a path or name), or {@code null}. */
    public String input() {
        return input;
    }

    /** The 1-based line in the input, or -1 when unknown. */
    public long line() {
        return line;
    }

    /** The 1-based column in the input, or -1 when unknown. */
    public long column() {
        return column;
    }

    /**
     * The message a person reads: code, input and position, what is wrong.
     * E.g. {@code CONCERT-E003 data.ttl:12:5: Undefined prefix 'ex'}.
     */
    public String describe() {
        return describe(code, input, line, column, getMessage());
    }

    /**
     * The one-line form of an error shared by exceptions and validation problems:
     * {@code CODE INPUT:LINE:COLUMN: message}, leaving out what is unknown.
     */
    public static String describe(ErrorCode code, String input, long line, long column, String message) {
        StringBuilder sb = new StringBuilder(code.code()).append(' ');
        if (input != null) {
            sb.append(input);
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) {
                    sb.append(':').append(column);
                }
            }
            sb.append(": ");
        }
        return sb.append(message).toString();
    }

}
