package org.concert.reasoning;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;

/**
 * The reasoning step of a knowledge base build, the one door into this package's reasoners: what HermiT sees of
 * the knowledge base, and what it concludes, module by module (the default, with a cache) or in one whole run.
 *
 * @since 0.2.0
 */
public final class Reasoning {
    private Reasoning() {
    }

    /**
     * What reasoning concluded.
     *
     * @param inferred the inferred triples that were not asserted
     * @param stages   how long each stage took
     */
    public record Result(Graph inferred, List<Stage> stages) {
        public Result {
            stages = List.copyOf(stages);
        }
    }

    /**
     * The reasoner's selection of the knowledge base: the schema, the snapshot's {@code links}, and the types and
     * object-property links of the data's named individuals (not the dated records, sources or labels).
     */
    public static Graph select(Graph schema, Graph data, Graph links) {
        return ReasonerInput.select(schema, data, links);
    }

    /**
     * Starts loading the reasoner in the background when {@code cache} holds no terminology yet, so that it warms
     * up while the caller parses; see {@link ModularReasoner}.
     */
    public static void prepare(ReasoningCache cache) {
        HermitWarmUp.prepare(cache);
    }

    /**
     * Starts classifying the terminology of the loaded {@code schema} and {@code data} in the background when
     * {@code cache} holds no terminology yet, so that it runs on another core while the caller derives the
     * snapshot; the reasoning step takes the result when its terminology is the same (see
     * {@link TerminologyPrefetch}).
     */
    public static void prefetch(ReasoningCache cache, Graph schema, Graph data) {
        if (!cache.holds("terminology")) {
            TerminologyPrefetch.start(cache, schema, data);
        }
    }

    /**
     * Reasons over {@code input} with the snapshot's {@code closure} axioms and returns what is inferred and not
     * {@code asserted}: module by module with {@code cache} on {@code threads} threads, or, when {@code modular} is
     * false, in one whole HermiT run (the reference the modular reasoning is tested against).
     */
    public static Result materialize(Graph input, Graph closure, Predicate<Triple> asserted, Duration timeout,
                                     ReasoningCache cache, int threads, boolean modular) {
        HermitReasoner.Result result = modular
                ? ModularReasoner.materialize(input, closure, asserted, timeout, cache, threads)
                : HermitReasoner.materialize(input, closure, asserted, timeout);
        return new Result(result.inferred(), result.stages());
    }
}
