package org.concert.kb;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.concert.reasoning.Explainer;
import org.concert.vocab.CONCERT;

/**
 * What the steps of a build produced, kept by the knowledge base so that later work (an explanation) takes them as
 * they are instead of copying the named graphs and deriving them again. Nothing writes to them after the build.
 *
 * @param schema         the asserted terminology ({@code load})
 * @param data           the asserted facts ({@code load})
 * @param snapshot       the snapshot of the date, facts and closure apart ({@code snapshot})
 * @param reasonerInput  what HermiT saw ({@code select}), or null when the build did not reason or took its
 *                       conclusions from the cache
 * @param inferred       what the reasoner concluded and no graph asserts ({@code reason})
 */
record BuildProducts(Graph schema, Graph data, Snapshot.Result snapshot, Graph reasonerInput, Graph inferred) {

    /** The four graphs of {@link KnowledgeBase#GRAPHS}, by name, in that order. */
    Map<Node, Graph> namedGraphs() {
        Map<Node, Graph> named = new LinkedHashMap<>();
        named.put(CONCERT.SCHEMA_GRAPH, schema);
        named.put(CONCERT.DATA_GRAPH, data);
        named.put(CONCERT.SNAPSHOT_GRAPH, snapshot.all());
        named.put(CONCERT.INFERRED_GRAPH, inferred);
        return named;
    }

    /** The graphs an explanation reasons over, as they are. */
    Explainer.Sources explanationSources() {
        return new Explainer.Sources(schema, data, snapshot.facts(), snapshot.all(), reasonerInput);
    }
}
