package org.concert.server;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.concert.kb.KnowledgeBase;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
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
 * Store Protocol read at {@code /concert/get}, the named queries at {@code /concert/queries/NAME}, a page at {@code /}
 * and {@code /$/ping}. Safe by default: no update, no graph store writes and no admin API on any path; a query
 * timeout; {@code SERVICE} only to hosts the operator allows; loopback only unless told otherwise; request bodies
 * limited in size.
 */
public final class ConcertServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConcertServer.class);
    /** The name of the dataset in URLs. */
    public static final String DATASET = "/concert";

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
    public synchronized KnowledgeBase reload(java.util.function.Supplier<KnowledgeBase> build) {
        KnowledgeBase next = build.get();
        DatasetGraph served = settings.served(next);
        DataService service = Builder.service(served);
        service.setEndpointProcessors(fuseki.getOperationRegistry());
        service.goActive();
        filter.serve(next, served);
        fuseki.getDataAccessPointRegistry().put(DATASET, new DataAccessPoint(DATASET, service));
        LOG.info("Concert now serves the knowledge base as of {}", next.asOf());
        return next;
    }

    /** Starts the configuration of a server for a knowledge base. */
    public static Builder builder(KnowledgeBase kb) {
        return new Builder(kb);
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
    public java.net.URI baseUri() {
        String h = host.contains(":") ? "[" + host + "]" : ("0.0.0.0".equals(host) ? "127.0.0.1" : host);
        return java.net.URI.create("http://" + h + ":" + port() + "/");
    }

    /** The URI of the SPARQL query endpoint. */
    public java.net.URI sparqlEndpoint() {
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

    /** Configures a {@link ConcertServer}; every setting has a safe default. */
    public static final class Builder {
        private final KnowledgeBase kb;
        private int port = 3030;
        private String host = "127.0.0.1";
        private Duration queryTimeout = Duration.ofSeconds(10);
        private final Set<String> serviceHosts = new LinkedHashSet<>();
        private long maxRequestBytes = 1024 * 1024;

        private Builder(KnowledgeBase kb) {
            this.kb = Objects.requireNonNull(kb, "kb");
        }

        /** The port (default 3030; 0 picks a free one). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to bind (default 127.0.0.1; {@code 0.0.0.0} for every interface). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The limit for each query (default 10 s); a query past it is stopped and gets HTTP 503. */
        public Builder queryTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive");
            }
            this.queryTimeout = timeout;
            return this;
        }

        /** Hosts that {@code SERVICE} may call (default none: SERVICE is refused). */
        public Builder allowService(Collection<String> hosts) {
            serviceHosts.addAll(hosts);
            return this;
        }

        /** The largest request body accepted (default 1 MiB); larger ones get HTTP 413. */
        public Builder maxRequestBytes(long bytes) {
            this.maxRequestBytes = bytes;
            return this;
        }

        /** Builds the server; {@link ConcertServer#start()} starts it. */
        public ConcertServer build() {
            DatasetGraph served = served(kb);
            EndpointFilter filter = new EndpointFilter(kb, served, maxRequestBytes);
            FusekiServer fuseki = FusekiServer.create()
                    .port(port)
                    .add(DATASET, service(served))
                    .enablePing(true)
                    .enableCors(true, null)
                    .enableStats(false)
                    .enableMetrics(false)
                    .enableTasks(false)
                    .enableCompact(false)
                    .addFilter("/*", filter)
                    .build();
            for (Connector connector : fuseki.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector sc) {
                    sc.setHost(host);
                }
            }
            return new ConcertServer(fuseki, host, this, filter);
        }

        /** The read-only view of a knowledge base that the endpoint serves, with the timeout and SERVICE policy. */
        DatasetGraph served(KnowledgeBase base) {
            Context context = org.concert.query.ServiceAllowList.context(serviceHosts);
            context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
            return new DatasetGraphReadOnly(base.dataset().asDatasetGraph(), context);
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
