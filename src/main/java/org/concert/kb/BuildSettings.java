package org.concert.kb;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.TimeLimit;
import org.concert.query.QueryOptions;
import org.concert.query.QueryPolicy;
import org.concert.reasoning.Reasoning;
import org.concert.reasoning.ReasoningCache;

/**
 * The settings of {@link KnowledgeBase.Builder}, each checked when it is set, collected into {@link BuildOptions}.
 * A class of its own so that the knowledge base's file holds what a knowledge base does; {@code B} is the builder,
 * which every setter returns.
 *
 * @param <B> the builder type
 */
abstract class BuildSettings<B extends BuildSettings<B>> {
    private final boolean bundled;
    private final List<Path> files = new ArrayList<>();
    private final List<Graph> graphs = new ArrayList<>();
    private final List<Path> enrichments = new ArrayList<>();
    private final Set<URI> serviceEndpoints = new LinkedHashSet<>();
    private LocalDate asOf;
    private Duration reasonerTimeout = BuildOptions.DEFAULT_REASONER_TIMEOUT;
    private Duration queryTimeout = QueryOptions.DEFAULT_TIMEOUT;
    private ReasoningCache cache;
    private boolean modular = true;
    private boolean strict = true;
    private boolean timeline;

    BuildSettings(boolean bundled) {
        this.bundled = bundled;
    }

    /** This builder, for the setters to return. */
    abstract B self();

    /** Adds an RDF file (Turtle, N-Triples, RDF/XML or JSON-LD, told by its extension) to the data graph. */
    public B addFile(Path file) {
        files.add(Objects.requireNonNull(file, "file"));
        return self();
    }

    /**
     * Adds the timeline to a reasoned build: the named graph {@code https://w3id.org/concert/graph/timeline} with
     * the periods during which each organization and state held each inferred class and derived link, from
     * the snapshots of every day on which the data changes ({@link Timeline}). The first build reasons every
     * one of those days (about a minute for the bundled data); the result is kept in the reasoning cache.
     *
     * @since 0.2.0
     */
    public B withTimeline() {
        this.timeline = true;
        return self();
    }

    /**
     * Adds the statements of a Jena model to the data graph (copied when the knowledge base is built).
     *
     * @since 0.2.0
     */
    public B addModel(Model model) {
        return addGraph(Objects.requireNonNull(model, "model").getGraph());
    }

    /**
     * Adds the triples of a Jena graph to the data graph (copied when the knowledge base is built).
     *
     * @since 0.2.0
     */
    public B addGraph(Graph graph) {
        graphs.add(Objects.requireNonNull(graph, "graph"));
        return self();
    }

    /**
     * Adds an external RDF dump (e.g. a Wikidata or DBpedia extract) in a named graph of its own,
     * {@code https://w3id.org/concert/graph/external/FILE-NAME}. Queries see it in the union and join it to
     * Concert's entities through their {@code skos:exactMatch} links; it never enters the curated graphs or
     * the reasoner.
     */
    public B enrich(Path dump) {
        enrichments.add(Objects.requireNonNull(dump, "dump"));
        return self();
    }

    /**
     * Whether added data must pass the checks of {@code concert validate} before it is built: the SHACL shapes
     * of {@code ontology/shapes/} and the OWL 2 DL profile (default true). The first finding is thrown as a
     * {@link ConcertException} with its code, every other one suppressed in it ({@link ConcertException#problems()}).
     * The bundle alone is checked by Concert's own tests, not at each build.
     *
     * @since 0.2.0
     */
    public B strict(boolean strict) {
        this.strict = strict;
        return self();
    }

    /**
     * The snapshot date, required: two builds of the same inputs and date give the same knowledge base. Within
     * the years 1 to 9999 ({@link ErrorCode#INVALID_DATE} otherwise).
     */
    public B asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "'" + date + "' is outside the years 0001 to 9999",
                    "--as-of", -1, -1, null);
        }
        this.asOf = date;
        return self();
    }

    /** The limit for the whole reasoning run (default 120 s). */
    public B reasonerTimeout(Duration timeout) {
        this.reasonerTimeout = TimeLimit.check(timeout, "--reasoner-timeout");
        return self();
    }

    /** The limit for each query (default 60 s). */
    public B queryTimeout(Duration timeout) {
        this.queryTimeout = TimeLimit.check(timeout, "--timeout");
        return self();
    }

    /**
     * Lets queries' {@code SERVICE} reach exactly these endpoint URLs (same scheme, host, port and path; a
     * {@link ErrorCode#USAGE} error for anything else); by default SERVICE is refused, so no query makes this
     * process fetch a URL.
     */
    public B allowService(Collection<String> endpointUrls) {
        serviceEndpoints.addAll(QueryPolicy.endpoints(endpointUrls));
        return self();
    }

    /**
     * Keeps and looks up the conclusions of reasoning modules in {@code directory} (default: the per-user
     * folder {@link ReasoningCache#defaultDirectory()}).
     */
    public B cache(Path directory) {
        this.cache = ReasoningCache.at(Objects.requireNonNull(directory, "directory"));
        return self();
    }

    /** Uses this cache object, e.g. one {@link ReasoningCache#memoryOnly()} shared by many builds. */
    public B cache(ReasoningCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
        return self();
    }

    /** Reasons without reading or writing any cache on disk. */
    public B noCache() {
        this.cache = ReasoningCache.memoryOnly();
        return self();
    }

    /**
     * Whether to reason module by module (default) or in one HermiT run over the whole input, which is what
     * modular reasoning falls back to by itself when its completeness conditions do not hold (see
     * {@link Reasoning}).
     */
    public B modular(boolean modular) {
        this.modular = modular;
        return self();
    }

    /** What was set, checked as a whole: a build needs its snapshot date. */
    BuildOptions options() {
        if (asOf == null) {
            throw new ConcertException(ErrorCode.INVALID_DATE, "no snapshot date: give the builder asOf(date)");
        }
        return new BuildOptions(bundled, files, graphs, enrichments, asOf, reasonerTimeout,
                new QueryOptions(queryTimeout, serviceEndpoints), cache, modular, strict, timeline);
    }
}
