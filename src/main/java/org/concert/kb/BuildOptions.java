package org.concert.kb;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.concert.query.QueryOptions;
import org.concert.reasoning.ReasoningCache;

/**
 * Everything one build of a knowledge base is made from, as {@link KnowledgeBase.Builder} collected and checked
 * it. Immutable; the defaults of a build live here ({@link #DEFAULT_REASONER_TIMEOUT}) and in
 * {@link QueryOptions}.
 *
 * @param bundled         whether the ontology and data bundled in Concert's jar are loaded
 * @param files           extra RDF files for the data graph
 * @param graphs          extra Jena graphs for the data graph (such a build has no input fingerprint)
 * @param enrichments     external dumps, each in a named graph of its own
 * @param asOf            the snapshot date
 * @param reasonerTimeout the limit for the whole reasoning run
 * @param query           how queries on the built knowledge base run
 * @param cache           the reasoning cache, or null for {@link ReasoningCache#shared()}
 * @param modular         module by module (true) or one HermiT run over the whole input
 * @param strict          whether added data must pass the checks of {@link DataCheck} first
 * @param timeline        whether a reasoned build adds the timeline graph
 * @since 0.2.0
 */
public record BuildOptions(boolean bundled, List<Path> files, List<Graph> graphs, List<Path> enrichments,
                           LocalDate asOf, Duration reasonerTimeout, QueryOptions query, ReasoningCache cache,
                           boolean modular, boolean strict, boolean timeline) {
    /** How long reasoning may take by default: 120 s. */
    public static final Duration DEFAULT_REASONER_TIMEOUT = Duration.ofSeconds(120);
    /** How long an explanation may take by default: 30 s. */
    public static final Duration DEFAULT_EXPLAIN_TIMEOUT = Duration.ofSeconds(30);

    /** Copies the lists. */
    public BuildOptions {
        files = List.copyOf(files);
        graphs = List.copyOf(graphs);
        enrichments = List.copyOf(enrichments);
    }

    /** The cache to use: the one given, or the process-wide one. */
    ReasoningCache cacheOrShared() {
        return cache == null ? ReasoningCache.shared() : cache;
    }

    /**
     * The fingerprint of these inputs on {@code day} ({@link InputFingerprint}), salted with {@code kind}; null when
     * graphs were added in memory, which have none.
     */
    String fingerprint(LocalDate day, String kind) {
        return graphs.isEmpty() ? InputFingerprint.of(bundled, files, day, kind) : null;
    }

    /** The same inputs on another day, already checked, without enrichment or timeline: one day of a timeline. */
    BuildOptions onDay(LocalDate day) {
        return new BuildOptions(bundled, files, graphs, List.of(), day, reasonerTimeout, query, cacheOrShared(),
                modular, false, false);
    }
}
