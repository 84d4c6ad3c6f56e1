package org.concert.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * Lets a {@code SERVICE} call through only to the endpoints the operator named, exactly: the same scheme, host,
 * port, path and query string. Any other target (another port or path on an allowed host, too) fails before a
 * connection is opened, so a query cannot make Concert fetch an arbitrary URL.
 */
final class ServiceAllowList implements ChainingServiceExecutor {
    private final Set<URI> endpoints;

    private ServiceAllowList(Set<URI> endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * The endpoints as normalized URIs, or a {@link ErrorCode#USAGE} error naming the first that is not an http or
     * https URL with a host.
     */
    static Set<URI> endpoints(Collection<String> urls) {
        return urls.stream().map(u -> normalize(u).orElseThrow(() -> new ConcertException(ErrorCode.USAGE,
                "'" + u + "' is not an endpoint URL: give http(s)://HOST[:PORT]/PATH, e.g. https://query.wikidata.org/sparql",
                "--allow-service", -1, -1, null))).collect(Collectors.toUnmodifiableSet());
    }

    /** A query context in which SERVICE reaches only {@code endpoints} (none: every SERVICE is refused). */
    static Context context(Set<URI> endpoints) {
        Context context = new Context();
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(new ServiceAllowList(Set.copyOf(endpoints)));
        ServiceExecutorRegistry.set(context, registry);
        return context;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        String target = opExecute.getService().isURI() ? opExecute.getService().getURI() : opExecute.getService().toString();
        URI normalized = normalize(target).orElse(null);
        if (normalized == null || !endpoints.contains(normalized)) {
            throw new QueryPolicy.ServiceNotAllowed(target, "SERVICE <" + target + "> is not allowed"
                    + (endpoints.isEmpty() ? "" : " (allowed endpoints: " + endpoints.stream().map(URI::toString)
                    .sorted().collect(Collectors.joining(", ")) + ")"));
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }

    /** Scheme and host in lower case, the default port made explicit, an empty path as "/". */
    static Optional<URI> normalize(String url) {
        try {
            URI uri = new URI(Objects.requireNonNull(url));
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return Optional.of(new URI(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
