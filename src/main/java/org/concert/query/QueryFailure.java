package org.concert.query;

import java.io.IOException;
import java.time.Duration;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * What went wrong with a running query, told by the exception's type and never by its message: a value too
 * costly to compute, the timeout, a SERVICE call that is not allowed or whose endpoint failed.
 *
 * @since 0.2.0
 */
public final class QueryFailure {
    private QueryFailure() {
    }

    /**
     * {@code e} as a Concert error, or {@code e} itself when it is none of the failures above (a bug, which should
     * surface as it is).
     *
     * @param timeout the query's limit, which the timeout's message names
     */
    public static RuntimeException classify(RuntimeException e, Duration timeout) {
        if (e instanceof ConcertException) {
            return e;
        }
        if (e instanceof QueryPolicy.TooCostly tooCostly) {
            return new ConcertException(ErrorCode.RESULT_TOO_LARGE, tooCostly.getMessage(), e);
        }
        if (e instanceof QueryCancelledException) {
            return new ConcertException(ErrorCode.QUERY_TIMEOUT,
                    "the query did not finish within " + timeout.toMillis() + " ms", e);
        }
        return serviceFailure(e);
    }

    /** A failure of a SERVICE call as a Concert error, found in the cause chain by type; anything else unchanged. */
    private static RuntimeException serviceFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryPolicy.ServiceNotAllowed refused) {
                return new ConcertException(ErrorCode.SERVICE_NOT_ALLOWED, refused.getMessage()
                        + "; allow the endpoint with --allow-service URL", e);
            }
            if (t instanceof QueryDeniedException) {
                return new ConcertException(ErrorCode.SERVICE_NOT_ALLOWED,
                        "SERVICE is not allowed; allow the endpoint with --allow-service URL", e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException || t instanceof IOException) {
                Throwable root = t;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                // The root's message is only reported, for the operator to read; it decides nothing.
                return new ConcertException(ErrorCode.SERVICE_FAILED, "a SERVICE endpoint could not be reached or "
                        + "answered with an error: " + root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")"), e);
            }
        }
        return e;
    }
}
