package org.w3id.cstokg.server;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.service.single.ServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * SERVICE (federation) only to the listed endpoints: the first link of the service executor
 * chain refuses any other IRI, before any connection is made, with a message naming the allowed ones.
 * The refusal holds for {@code SERVICE SILENT} too: silence is for remote failures, not for policy.
 * Usage: {@code new ServiceAllowList(urls).installIn(dataset.getContext())}.
 */
final class ServiceAllowList implements ChainingServiceExecutor {
    private final Set<String> allowed;

    ServiceAllowList(Collection<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** Makes queries run with {@code context} go through this allow-list. */
    void installIn(Context context) {
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(this);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public QueryIterator createExecution(OpService opExecute, OpService opOriginal, Binding binding,
            ExecutionContext execCxt, ServiceExecutor chain) {
        Node service = opExecute.getService();
        if (!service.isURI() || !allowed.contains(service.getURI())) {
            throw new QueryDeniedException(refusal(service));
        }
        return chain.createExecution(opExecute, opOriginal, binding, execCxt);
    }

    /** The message a refused SERVICE gets. */
    String refusal(Node service) {
        String name = service.isURI() ? "<" + service.getURI() + ">" : service.toString();
        List<String> listed = new TreeSet<>(allowed).stream().map(u -> "<" + u + ">").toList();
        return "SERVICE " + name + " is not allowed: this endpoint federates only with "
                + (listed.isEmpty() ? "no endpoint" : String.join(", ", listed));
    }
}
