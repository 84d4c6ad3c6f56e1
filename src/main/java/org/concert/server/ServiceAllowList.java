package org.concert.server;

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
final class ServiceAllowList implements ChainingServiceExecutor {
    private final Set<String> hosts;

    ServiceAllowList(Set<String> hosts) {
        this.hosts = hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
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
