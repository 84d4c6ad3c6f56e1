package org.concert.server;

import java.io.IOException;

import org.apache.jena.query.Query;
import org.concert.ConcertException;
import org.concert.query.Queries;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The named queries ({@code /concert/queries/NAME}, listed at {@code /concert/queries/}) for any date, and the
 * query endpoint's requests for another date ({@code /concert/sparql?query=...&as-of=DATE}); a query for the
 * served date goes on to Fuseki.
 */
final class QueryRoute {
    static final String QUERIES = ConcertServer.DATASET + "/queries";

    private final ServedDates served;
    private final long responseBytes;

    QueryRoute(ServedDates served, long responseBytes) {
        this.served = served;
        this.responseBytes = responseBytes;
    }

    /** Whether {@code path} is a named query or the list of them. */
    static boolean servesNamed(String path) {
        return path.equals(QUERIES) || path.startsWith(QUERIES + "/");
    }

    /** Whether a request to the query endpoint names another date: Concert answers it, not Fuseki. */
    static boolean isDated(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains(ServedDates.AS_OF + "=");
    }

    void named(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        ServedDates.Served at;
        try {
            at = served.at(request.getParameter(ServedDates.AS_OF));
        } catch (ConcertException e) {
            Answers.error(response, e);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response, responseBytes);
        try {
            at.namedQueries().respond(request, buffered, path.startsWith(QUERIES + "/") ? path.substring(QUERIES.length() + 1) : "");
        } catch (BufferedResponse.TooLarge e) {
            // answered by finish()
        }
        buffered.finish();
    }

    void dated(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServedDates.Served at;
        Query parsed;
        try {
            at = served.at(request.getParameter(ServedDates.AS_OF));
            String text = request.getParameter("query");
            if (text == null) {
                Answers.text(response, 400, "Give the query in the 'query' parameter.");
                return;
            }
            parsed = Queries.parse(text, "query");
        } catch (ConcertException e) {
            Answers.error(response, e);
            return;
        }
        BufferedResponse buffered = new BufferedResponse(response, responseBytes);
        try {
            at.namedQueries().answer(request, buffered, parsed, "The query");
        } catch (BufferedResponse.TooLarge e) {
            // answered by finish()
        }
        buffered.finish();
    }
}
