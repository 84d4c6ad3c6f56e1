package org.concert.kb;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The default graph of a knowledge base: the union of its named graphs, copied into one plain in-memory graph
 * the first time anything reads it. A build that is only reasoned (a panel over many dates, say) never pays for
 * the copy; one that is queried pays once, and its queries then run on an ordinary indexed graph rather than a
 * view that merges and deduplicates on every lookup. Read-only: the graphs it unites are never written after the
 * build.
 */
final class UnionGraph extends GraphBase {
    private final List<Graph> graphs;
    private final PrefixMapping prefixes;
    private volatile Graph union;

    /**
     * The dataset of a knowledge base: the named graphs linked as they are (not copied), and as default graph
     * their union. Nothing writes to any of them afterwards, so concurrent reads are safe; callers only ever see
     * the dataset through {@link DatasetGraphReadOnly}.
     */
    static DatasetGraph dataset(Map<Node, Graph> graphs, PrefixMapping prefixes) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral(new UnionGraph(List.copyOf(graphs.values()), prefixes));
        graphs.forEach(dsg::addGraph);
        dsg.prefixes().putAll(prefixes);
        return dsg;
    }

    private UnionGraph(List<Graph> graphs, PrefixMapping prefixes) {
        this.graphs = List.copyOf(graphs);
        this.prefixes = prefixes;
    }

    private Graph union() {
        Graph u = union;
        if (u == null) {
            synchronized (this) {
                if (union == null) {
                    Graph copy = GraphFactory.createGraphMem();
                    graphs.forEach(g -> GraphUtil.addInto(copy, g));
                    union = copy;
                }
                u = union;
            }
        }
        return u;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple triple) {
        return union().find(triple);
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return union().contains(triple);
    }

    @Override
    protected int graphBaseSize() {
        return union().size();
    }

    @Override
    protected PrefixMapping createPrefixMapping() {
        return PrefixMapping.Factory.create().setNsPrefixes(prefixes);
    }
}
