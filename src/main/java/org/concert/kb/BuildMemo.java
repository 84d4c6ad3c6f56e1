package org.concert.kb;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.reasoning.ReasoningCache;

/**
 * A reasoned build's snapshot and conclusions, kept in the reasoning cache under the fingerprint of its inputs
 * ({@link InputFingerprint}): running the same query on the same date again skips the snapshot and every module
 * lookup. Builds with graphs added in memory ({@code addGraph}) have no such fingerprint and are not kept.
 */
final class BuildMemo {
    private static final String KIND = "build";
    private static final String INFERRED = "# inferred";

    /** What a build derived and inferred. */
    record Derived(Graph snapshot, Graph inferred) {
    }

    private BuildMemo() {
    }

    static Optional<Derived> recall(ReasoningCache cache, String fingerprint) {
        return cache.get(KIND, fingerprint).flatMap(lines -> {
            int split = lines.indexOf(INFERRED);
            if (split < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Derived(parse(lines.subList(0, split)), sorted(parse(lines.subList(split + 1, lines.size())))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    static void keep(ReasoningCache cache, String fingerprint, Graph snapshot, Graph inferred) {
        List<String> lines = new ArrayList<>(lines(snapshot));
        lines.add(INFERRED);
        lines.addAll(lines(inferred));
        cache.put(KIND, fingerprint, lines);
        cache.trim();
    }

    private static List<String> lines(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.NTRIPLES);
        return out.toString().lines().toList();
    }

    private static Graph parse(List<String> lines) {
        return RDFParser.fromString(String.join("\n", lines), Lang.NTRIPLES).toGraph();
    }

    /** The inferred graph filled in the order the reasoner fills it, so that output is the same byte for byte. */
    private static Graph sorted(Graph graph) {
        Graph out = GraphFactory.createGraphMem();
        graph.find().toList().stream().sorted(Comparator.comparing(Triple::toString)).forEach(out::add);
        return out;
    }
}
