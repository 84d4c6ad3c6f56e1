package org.concert.kb;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.reasoning.Reasoning;
import org.concert.reasoning.ReasoningCache;
import org.concert.reasoning.StageTimer;
import org.concert.vocab.CONCERT;

/**
 * The build operation: the chain of named steps that makes a knowledge base from {@link BuildOptions}, each timed
 * and logged by one {@link StageTimer} — {@code load} ({@link AssertedInputs}), {@code snapshot}
 * ({@link Snapshot}), {@code select} (what HermiT may see), the reasoner's own steps ({@link Reasoning}, ending in
 * {@code reason} and {@code write-back}), {@code timeline} when asked for, and {@code dataset} (the named graphs
 * and their union). What the steps produce stays in the knowledge base ({@link BuildProducts}) for explanations.
 * {@link KnowledgeBase.Builder} collects the options; this class does the work.
 */
final class BuildPipeline {
    /** Salts the build memo's key: the snapshot closes only complete records since issue 13, so older memos are stale. */
    private static final String MEMO_VERSION = "build 2";
    private static final String TIMELINE_VERSION = "timeline 1";

    private BuildPipeline() {
    }

    /** Builds, with reasoning or without (asserted graphs and snapshot only). */
    static KnowledgeBase run(BuildOptions options, boolean reasoning) {
        ReasoningCache cache = options.cacheOrShared();
        boolean modular = reasoning && options.modular();
        if (modular) {
            Reasoning.prepare(cache);
        }
        StageTimer steps = new StageTimer();
        LocalDate asOf = options.asOf();
        AssertedInputs asserted = steps.run("load", () -> AssertedInputs.load(options), AssertedInputs::summary);

        String memo = modular ? options.fingerprint(asOf, MEMO_VERSION) : null;
        Optional<BuildMemo.Derived> known = memo == null ? Optional.empty() : BuildMemo.recall(cache, memo);
        BuildProducts products;
        if (known.isPresent()) {
            Snapshot.Result snapshot = steps.run("snapshot", () -> Snapshot.Result.split(known.get().snapshot()),
                    s -> s.all().size() + " triples for " + asOf + ", from the cache");
            Graph inferred = steps.run("reason", () -> known.get().inferred(),
                    g -> g.size() + " inferred triples for these inputs, from the cache");
            products = new BuildProducts(asserted.schema(), asserted.data(), snapshot, null, inferred);
        } else {
            if (modular) {
                Reasoning.prefetch(cache, asserted.schema(), asserted.data());
            }
            Snapshot.Result snapshot = steps.run("snapshot", () -> Snapshot.derive(asserted.data(), asOf),
                    s -> s.all().size() + " triples for " + asOf);
            products = new BuildProducts(asserted.schema(), asserted.data(), snapshot, null, GraphFactory.createGraphMem());
            if (reasoning) {
                products = reason(products, options, cache, steps);
                if (memo != null) {
                    BuildMemo.keep(cache, memo, snapshot.all(), products.inferred());
                }
            }
        }

        Map<Node, Graph> named = new LinkedHashMap<>(products.namedGraphs());
        if (options.timeline() && reasoning) {
            named.put(CONCERT.TIMELINE_GRAPH, steps.run("timeline", () -> timeline(asserted.data(), options, cache),
                    t -> "classification periods from every change day of the data").graph());
        }
        named.putAll(asserted.external());
        DatasetGraph dataset = steps.run("dataset", () -> UnionGraph.dataset(named, asserted.prefixes()),
                d -> named.size() + " named graphs and their union");
        return new KnowledgeBase(dataset, asOf, reasoning, steps.stages(), options.query(), products);
    }

    /** The {@code select} step and the reasoner's steps: the products with the reasoner's input and conclusions. */
    private static BuildProducts reason(BuildProducts derived, BuildOptions options, ReasoningCache cache,
                                        StageTimer steps) {
        Graph schema = derived.schema();
        Graph data = derived.data();
        Snapshot.Result snapshot = derived.snapshot();
        Graph input = steps.run("select", () -> Reasoning.select(schema, data, snapshot.facts()),
                g -> g.size() + " triples for the reasoner");
        Predicate<Triple> asserted = t -> schema.contains(t) || data.contains(t) || snapshot.all().contains(t);
        Reasoning.Result result = Reasoning.materialize(input, snapshot.closure(), asserted, options.reasonerTimeout(),
                cache, Runtime.getRuntime().availableProcessors(), options.modular());
        steps.addAll(result.stages());
        return new BuildProducts(schema, data, snapshot, input, result.inferred());
    }

    /**
     * The timeline of these inputs: from the cache when these inputs were seen before, else one reasoned build
     * per change day of {@code data} (the same inputs, already checked, without enrichment dumps).
     */
    private static Timeline timeline(Graph data, BuildOptions options, ReasoningCache cache) {
        List<LocalDate> days = Timeline.changeDays(data);
        String key = options.fingerprint(LocalDate.EPOCH, TIMELINE_VERSION);
        Optional<Timeline> known = key == null ? Optional.empty()
                : cache.get("timeline", key).flatMap(lines -> Timeline.fromLines(lines, days));
        if (known.isPresent()) {
            return known.get();
        }
        Timeline computed = Timeline.compute(day -> run(options.onDay(day), true), days);
        if (key != null) {
            cache.put("timeline", key, computed.toLines());
        }
        return computed;
    }
}
