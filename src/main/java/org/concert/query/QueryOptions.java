package org.concert.query;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;
import org.concert.TimeLimit;

/**
 * How queries run: the limit for each query, and the endpoints {@code SERVICE} may call (none by default, so that
 * no query makes this process fetch a URL). Immutable; the defaults live here and nowhere else.
 *
 * @param timeout          the limit for each query, from 1 s to a day
 * @param serviceEndpoints the endpoint URLs SERVICE may call, normalized by {@link QueryPolicy#endpoints}
 * @since 0.2.0
 */
public record QueryOptions(Duration timeout, Set<URI> serviceEndpoints) {
    /** The limit for each query in the library and the command line: 60 s. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** Checks the limit and copies the endpoints. */
    public QueryOptions {
        timeout = TimeLimit.check(timeout, "--timeout");
        serviceEndpoints = Set.copyOf(serviceEndpoints);
    }

    /** The defaults: 60 s, SERVICE refused. */
    public static QueryOptions defaults() {
        return new QueryOptions(DEFAULT_TIMEOUT, Set.of());
    }

    /**
     * The query context of these options ({@link QueryPolicy#context}) with the timeout set, for a dataset that
     * an endpoint serves and runs queries on by itself.
     */
    public Context context() {
        Context context = QueryPolicy.context(serviceEndpoints);
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        return context;
    }
}
