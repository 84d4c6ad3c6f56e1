package org.concert.query;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * Parsing SPARQL text into a Jena query with errors that name the query and the position.
 *
 * @since 0.1.0
 */
public final class Queries {
    private static final Pattern POSITION = Pattern.compile(" at line (\\d+), column (\\d+)\\.?");
    private Queries() {
    }

    /**
     * Parses SPARQL 1.1 (with Jena's extensions off).
     *
     * @param text the query
     * @param name what error messages call it: a file path, a named query, or {@code --query}
     * @throws ConcertException CONCERT-E010 with line and column on a syntax error
     */
    public static Query parse(String text, String name) {
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (StackOverflowError e) {
            throw tooDeep(name);
        } catch (QueryParseException e) {
            if (e.getCause() instanceof StackOverflowError) {
                throw tooDeep(name);
            }
            String message = e.getMessage() == null ? "the query does not parse" : e.getMessage();
            long line = e.getLine();
            long column = e.getColumn();
            // JavaCC's own "at line N, column M" points at the offending token; Jena's fields may not.
            Matcher at = POSITION.matcher(message);
            if (at.find()) {
                line = Long.parseLong(at.group(1));
                column = Long.parseLong(at.group(2));
                message = message.substring(0, at.start()) + message.substring(at.end());
            }
            // Jena prefixes its message with the position, which the error already carries.
            message = message.replaceFirst("^Line \\d+, column \\d+: ", "").strip();
            // JavaCC appends a long list of expected tokens; the first line says what was found.
            int newline = message.indexOf('\n');
            if (newline > 0) {
                message = message.substring(0, newline).strip();
            }
            throw new ConcertException(ErrorCode.QUERY_SYNTAX, message, name, line, column, e);
        }
    }

    private static ConcertException tooDeep(String name) {
        return new ConcertException(ErrorCode.NESTING_TOO_DEEP, "the query nests groups too deeply to parse", name, -1, -1, null);
    }
}
