package org.concert.server;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.TimeLimit;
import org.concert.kb.KnowledgeBase;
import org.concert.query.QueryOptions;
import org.concert.query.QueryPolicy;
import org.concert.query.QueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * A read-only SPARQL endpoint over a built {@link KnowledgeBase}, on embedded Fuseki.
 *
 * <pre>{@code
 * try (ConcertServer server = ConcertServer.builder(kb).port(0).build().start()) {
 *     URI sparql = server.sparqlEndpoint();
 * }
 * }</pre>
 *
 * <p>It serves dataset {@code /concert}: SPARQL query at {@code /concert/sparql} and {@code /concert/query}, Graph
 * Store Protocol read at {@code /concert/get}, the named queries at {@code /concert/queries/NAME}, charts at
 * {@code /concert/charts/}, organization pages at {@code /concert/org/ACRONYM}, explain and validate, the ontology at
 * {@code /ontology}, a page at {@code /} and {@code /$/ping}. Safe by default: no update, no graph store writes and no admin API on any path; a query
 * timeout; {@code SERVICE} only to hosts the operator allows; loopback only unless told otherwise; request bodies
 * limited in size.
 *
 * @since 0.1.0
 */
public final class ConcertServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConcertServer.class);
    /** The name of the dataset in URLs. */
    public static final String DATASET = "/concert";
    /** The port a server listens on unless told otherwise. @since 0.2.0 */
    public static final int DEFAULT_PORT = 3030;
    /** The address a server binds unless told otherwise: this machine only. @since 0.2.0 */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The limit for each query unless told otherwise. @since 0.2.0 */
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(10);

    private final FusekiServer fuseki;
    private final String host;
    private final Builder settings;
    private final EndpointFilter filter;

    private ConcertServer(FusekiServer fuseki, String host, Builder settings, EndpointFilter filter) {
        this.fuseki = fuseki;
        this.host = host;
        this.settings = settings;
        this.filter = filter;
    }

    /**
     * Serves a new knowledge base in place of the current one. {@code build} runs first; if it throws (an input
     * does not parse, the result is inconsistent, ...), the exception propagates and the server goes on serving
     * exactly what it served. Requests already running finish on the knowledge base they started with.
     */
    public synchronized KnowledgeBase reload(Supplier<KnowledgeBase> build) {
        KnowledgeBase next = build.get();
        DatasetGraph served = settings.served(next);
        DataService service = Builder.service(served);
        service.setEndpointProcessors(fuseki.getOperationRegistry());
        service.goActive();
        filter.serve(next);
        fuseki.getDataAccessPointRegistry().put(DATASET, new DataAccessPoint(DATASET, service));
        LOG.info("Concert now serves the knowledge base as of {}", next.asOf());
        return next;
    }

    /** Starts the configuration of a server for a knowledge base. */
    public static Builder builder(KnowledgeBase kb) {
        return new Builder(Objects.requireNonNull(kb, "kb"));
    }

    /**
     * Starts a configuration whose knowledge base comes later ({@link Builder#build(KnowledgeBase)}), so that
     * the options are checked before it is built.
     */
    public static Builder builder() {
        return new Builder(null);
    }

    /** Starts listening; returns this server. */
    public ConcertServer start() {
        fuseki.start();
        LOG.info("Concert SPARQL endpoint at {} (page at {})", sparqlEndpoint(), baseUri());
        return this;
    }

    /** The port it listens on (the actual one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The URI of the page, e.g. {@code http://127.0.0.1:3030/}. */
    public URI baseUri() {
        String h = host.contains(":") ? "[" + host + "]" : ("0.0.0.0".equals(host) ? "127.0.0.1" : host);
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The URI of the SPARQL query endpoint. */
    public URI sparqlEndpoint() {
        return baseUri().resolve(DATASET.substring(1) + "/sparql");
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server. */
    public void stop() {
        fuseki.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Configures a {@link ConcertServer}; every setting has a safe default and is checked when it is set, with
     * its own error code, so that a wrong option fails before the knowledge base is built.
     */
    public static final class Builder {
        private KnowledgeBase kb;
        private int port = DEFAULT_PORT;
        private String host = DEFAULT_HOST;
        private Duration queryTimeout = DEFAULT_QUERY_TIMEOUT;
        private final Set<URI> serviceEndpoints = new LinkedHashSet<>();
        private long maxRequestBytes = 1024 * 1024;
        private long maxResponseBytes = 16L * 1024 * 1024;
        private int maxConcurrentRequests = 2 * Runtime.getRuntime().availableProcessors();
        private int maxQueuedRequests = 64;
        private int maxConcurrentReasoning = 1;
        private Duration reasoningTimeout = KnowledgeBase.EXPLAIN_TIME_LIMIT;
        private Function<LocalDate, KnowledgeBase> dates;

        private Builder(KnowledgeBase kb) {
            this.kb = kb;
        }

        /** The port (default 3030; 0 picks a free one); {@link ErrorCode#INVALID_PORT} outside 0..65535. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new ConcertException(ErrorCode.INVALID_PORT, "'" + port + "' is not a port from 0 to 65535",
                        "--port", -1, -1, null);
            }
            this.port = port;
            return this;
        }

        /**
         * The address to bind (default 127.0.0.1; {@code 0.0.0.0} for every interface); {@link ErrorCode#INVALID_HOST}
         * when it is not an address of this machine or a name that resolves to one.
         */
        public Builder host(String host) {
            BindAddress.check(host);
            this.host = host;
            return this;
        }

        /** The limit for each query (default 10 s, at most a day); a query past it is stopped and gets HTTP 503. */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = TimeLimit.check(timeout, "--timeout");
            return this;
        }

        /** Endpoint URLs that {@code SERVICE} may call, exactly (default none: SERVICE is refused). */
        public Builder allowService(Collection<String> endpointUrls) {
            serviceEndpoints.addAll(QueryPolicy.endpoints(endpointUrls));
            return this;
        }

        /** The largest request body accepted, chunked or not (default 1 MiB); larger ones get HTTP 413. */
        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = positive(bytes, "maxRequestBytes");
            return this;
        }

        /**
         * The largest response the endpoint sends (default 16 MiB). A query answer is held until complete, so a
         * larger one, or one stopped by the timeout, gets HTTP 503 with its code instead of a truncated 200.
         */
        public Builder maxResponseBytes(long bytes) {
            this.maxResponseBytes = positive(bytes, "maxResponseBytes");
            return this;
        }

        /**
         * How many requests run at once (default twice the cores) and how many more wait, each at most the query
         * timeout (default 64); beyond that, HTTP 503. {@code /$/ping} is never held back.
         */
        public Builder maxConcurrentRequests(int running, int queued) {
            this.maxConcurrentRequests = (int) positive(running, "maxConcurrentRequests");
            this.maxQueuedRequests = (int) positive(queued, "maxQueuedRequests");
            return this;
        }

        /** How many explain and validate requests reason at once (default 1); more get HTTP 503 with Retry-After. */
        public Builder maxConcurrentReasoning(int running) {
            this.maxConcurrentReasoning = (int) positive(running, "maxConcurrentReasoning");
            return this;
        }

        /**
         * How to build the knowledge base of another date, for requests with {@code ?as-of=DATE} on the named queries
         * and the query endpoint (default none: only the served date is answered, other dates get 400). Builds run
         * one at a time; the last eight dates are kept.
         *
         * @since 0.2.0
         */
        public Builder dates(Function<LocalDate, KnowledgeBase> build) {
            this.dates = Objects.requireNonNull(build, "build");
            return this;
        }

        /** The limit for one explain or validate request (default 30 s); past it the reasoner is stopped and 503 answered. */
        public Builder reasoningTimeout(Duration timeout) {
            this.reasoningTimeout = TimeLimit.check(timeout, "--reasoner-timeout");
            return this;
        }

        private static long positive(long value, String what) {
            if (value < 1) {
                throw new IllegalArgumentException(what + " must be positive, got " + value);
            }
            return value;
        }

        /** Builds the server for the knowledge base given to {@link ConcertServer#builder(KnowledgeBase)}. */
        public ConcertServer build() {
            return build(Objects.requireNonNull(kb, "no knowledge base: use build(kb)"));
        }

        /** Builds the server for {@code base}; {@link ConcertServer#start()} starts it. */
        public ConcertServer build(KnowledgeBase base) {
            this.kb = Objects.requireNonNull(base, "base");
            DatasetGraph served = served(kb);
            EndpointFilter filter = new EndpointFilter(kb, new EndpointFilter.Limits(maxRequestBytes,
                    maxResponseBytes, maxConcurrentReasoning, reasoningTimeout), this::runner, dates);
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .add(DATASET, service(served))
                    .enablePing(true)
                    .enableCors(false, null)
                    .enableStats(false)
                    .enableMetrics(false)
                    .enableTasks(false)
                    .enableCompact(false)
                    .addFilter("/*", new Cors())
                    .addFilter("/*", filter)
                    .build();
            JettyLimits.apply(fuseki.getJettyServer(), host, maxConcurrentRequests, maxQueuedRequests, queryTimeout,
                    maxRequestBytes);
            return new ConcertServer(fuseki, host, this, filter);
        }

        /** The query runner of a knowledge base, with this endpoint's timeout and SERVICE policy. */
        QueryRunner runner(KnowledgeBase base) {
            return new QueryRunner(base.dataset().asDatasetGraph(), new QueryOptions(queryTimeout, serviceEndpoints), base.asOf());
        }

        /** The read-only view of a knowledge base that Fuseki serves, with the same timeout and policy. */
        DatasetGraph served(KnowledgeBase base) {
            return runner(base).servedView();
        }

        /** Only these endpoints exist: no update, no upload, no graph store writes on any path. */
        static DataService service(DatasetGraph served) {
            return DataService.newBuilder(served)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .build();
        }
    }
}
