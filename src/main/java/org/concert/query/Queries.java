package org.concert.query;

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
    /** The prologue of Concert's own queries in code: the prefixes org, time, rdfs, dcterms, skos and concert. */
    public static final String PREFIXES = """
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX time: <http://www.w3.org/2006/time#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX concert: <https://w3id.org/concert/ontology#>
            """;

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
            ParsePosition at = ParsePosition.of(text);
            long line = at == null ? e.getLine() : at.line();
            long column = at == null ? e.getColumn() : at.column();
            throw new ConcertException(ErrorCode.QUERY_SYNTAX, description(e.getMessage(), line, column), name,
                    line, column, e);
        }
    }

    /**
     * The parser's text without what the error carries apart: Jena's "Line N, column M: " in front, JavaCC's
     * " at line N, column M" and its long list of expected tokens after the first line.
     */
    private static String description(String text, long line, long column) {
        if (text == null) {
            return "the query does not parse";
        }
        String first = text.lines().findFirst().orElse("").strip();
        String jenaPosition = "Line " + line + ", column " + column + ": ";
        if (first.startsWith(jenaPosition)) {
            first = first.substring(jenaPosition.length());
        }
        return first.replace(" at line " + line + ", column " + column + ".", "")
                .replace(" at line " + line + ", column " + column, "").strip();
    }

    private static ConcertException tooDeep(String name) {
        return new ConcertException(ErrorCode.NESTING_TOO_DEEP, "the query nests groups too deeply to parse", name, -1, -1, null);
    }
}
