package org.concert.query;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;

/**
 * Lets a {@code SERVICE} call through only to the hosts the operator named; any other target fails before a
 * connection is opened, so a query cannot make the server fetch an arbitrary URL.
 */
public final class ServiceAllowList implements ChainingServiceExecutor {
    private final Set<String> hosts;

    /** Lets SERVICE through to these hosts only. */
    public ServiceAllowList(Set<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * A query context in which SERVICE reaches only the given hosts; with none, SERVICE is refused outright.
     */
    public static org.apache.jena.sparql.util.Context context(Set<String> hosts) {
        org.apache.jena.sparql.util.Context context = new org.apache.jena.sparql.util.Context();
        if (hosts.isEmpty()) {
            context.set(org.apache.jena.query.ARQ.httpServiceAllowed, false);
        } else {
            org.apache.jena.sparql.service.ServiceExecutorRegistry registry =
                    org.apache.jena.sparql.service.ServiceExecutorRegistry.createFrom(org.apache.jena.sparql.service.ServiceExecutorRegistry.get());
            registry.addSingleLink(new ServiceAllowList(hosts));
            org.apache.jena.sparql.service.ServiceExecutorRegistry.set(context, registry);
        }
        return context;
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
                                         ExecutionContext execCxt, ServiceExecutor chain) {
        String target = opExecute.getService().isURI() ? opExecute.getService().getURI() : null;
        String host = null;
        try {
            host = target == null ? null : URI.create(target).getHost();
        } catch (IllegalArgumentException e) {
            // not a URI: refused below
        }
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new QueryExecException("SERVICE <" + target + "> is not allowed by this endpoint"
                    + (hosts.isEmpty() ? "" : " (allowed hosts: " + String.join(", ", hosts) + ")"));
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }
}
