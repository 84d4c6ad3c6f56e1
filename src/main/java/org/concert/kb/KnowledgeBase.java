package org.concert.kb;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.concert.ConcertException;
import org.concert.TimeLimit;
import org.concert.query.Queries;
import org.concert.query.QueryOptions;
import org.concert.query.QueryRunner;
import org.concert.query.SelectResult;
import org.concert.reasoning.Explainer;
import org.concert.reasoning.Stage;
import org.concert.vocab.CONCERT;

/**
 * A built knowledge base: the asserted schema and data, the links derived for one snapshot date, and (when
 * reasoned) what HermiT inferred, each in its own named graph of a Jena dataset whose default graph is their
 * union.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).reason();
 * List<String> providers = kb.select(NamedQueries.get("collective-security-providers").text()).column("acronym");
 * }</pre>
 *
 * <p>Immutable once built and safe to query from many threads: every query runs in a read transaction and its
 * results are copied out. The snapshot date is a parameter of the build, never global state.
 *
 * @since 0.1.0
 */
public final class KnowledgeBase {
    /** How long {@link #explain(String, String, String, int)} may take: 30 s. */
    public static final Duration EXPLAIN_TIME_LIMIT = BuildOptions.DEFAULT_EXPLAIN_TIMEOUT;
    /** How long reasoning may take by default: 120 s. */
    public static final Duration REASONER_TIME_LIMIT = BuildOptions.DEFAULT_REASONER_TIMEOUT;

    /** The graphs a knowledge base keeps apart, in this order. */
    public static final List<Node> GRAPHS = List.of(
            CONCERT.SCHEMA_GRAPH, CONCERT.DATA_GRAPH, CONCERT.SNAPSHOT_GRAPH, CONCERT.INFERRED_GRAPH);

    private final DatasetGraph dataset;
    private final LocalDate asOf;
    private final boolean reasoned;
    private final List<Stage> stages;
    private final QueryRunner queries;
    /** What the build's steps produced, or null for a knowledge base opened from a database. */
    private final BuildProducts products;

    KnowledgeBase(DatasetGraph dataset, LocalDate asOf, boolean reasoned, List<Stage> stages, QueryOptions queryOptions,
                  BuildProducts products) {
        this.dataset = dataset;
        this.asOf = asOf;
        this.reasoned = reasoned;
        this.stages = List.copyOf(stages);
        this.queries = new QueryRunner(dataset, queryOptions, asOf);
        this.products = products;
    }

    /** Starts a knowledge base from the ontology and data bundled in Concert's jar. */
    public static Builder bundled() {
        return new Builder(true);
    }

    /** Starts an empty knowledge base: only the files added to the builder are loaded. */
    public static Builder empty() {
        return new Builder(false);
    }

    /** The snapshot date whose memberships the derived links reflect. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Whether the reasoner ran, so that the inferred graph is filled. */
    public boolean isReasoned() {
        return reasoned;
    }

    /** The stages of the build with their times, in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The named graphs of external dumps added with {@link Builder#enrich(Path)}. */
    public List<Node> externalGraphs() {
        return Txn.calculateRead(dataset, () -> {
            List<Node> names = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(CONCERT.GRAPH_NS + "external/")) {
                    names.add(n);
                }
            });
            return names;
        });
    }

    /** The same knowledge base without its external graphs: enrichment dropped, curated and inferred graphs as they are. */
    public KnowledgeBase withoutEnrichment() {
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Node name : GRAPHS) {
            graphs.put(name, dataset.getGraph(name));
        }
        return new KnowledgeBase(UnionGraph.dataset(graphs, dataset.getDefaultGraph().getPrefixMapping()), asOf, reasoned,
                stages, queries.options(), products);
    }

    /** A read-only view of the dataset: the named graphs of {@link #GRAPHS}, and their union as default graph. */
    public Dataset dataset() {
        return DatasetFactory.wrap(new DatasetGraphReadOnly(dataset));
    }

    /** The number of triples in one of the named graphs of {@link #GRAPHS}. */
    public long size(Node graph) {
        return Txn.calculateRead(dataset, () -> dataset.getGraph(graph).size());
    }

    /** A copy of one named graph (or, with {@code null}, of the union). */
    public Model copyOf(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            Graph source = graph == null ? dataset.getDefaultGraph() : dataset.getGraph(graph);
            Graph copy = GraphFactory.createGraphMem();
            source.find().forEachRemaining(copy::add);
            Model model = ModelFactory.createModelForGraph(copy);
            model.setNsPrefixes(source.getPrefixMapping());
            return model;
        });
    }

    /**
     * Writes the knowledge base. A triples syntax (Turtle, N-Triples, JSON-LD) gets the union of the graphs;
     * a quads syntax (TriG, N-Quads) keeps the named graphs apart (the timeline too, when it was built). With
     * {@code inferredOnly}, only the inferred graph is written. The triples are sorted, so that equal knowledge
     * bases write equal bytes.
     */
    public void write(OutputStream out, Lang lang, boolean inferredOnly) {
        DatasetWriter.write(dataset, out, lang, inferredOnly);
    }

    /**
     * Writes the knowledge base to a file whose extension names the syntax: {@code .ttl}, {@code .nt},
     * {@code .jsonld} (union of the graphs) or {@code .trig}, {@code .nq} (named graphs kept apart).
     */
    public void write(Path file, boolean inferredOnly) {
        DatasetWriter.write(dataset, file, inferredOnly);
    }

    /**
     * Explains why {@code subject} is an instance of {@code classOrProperty} (or, for a property, has the value
     * {@code object}) on this knowledge base's snapshot date: at most {@code max} justifications, within 30 s.
     * Names may be acronyms ({@code CSTO}), ISO codes ({@code ARM}), local names ({@code CollectiveSecurityProvider})
     * or IRIs.
     *
     * @throws ConcertException UNKNOWN_ENTITY, or NOT_ENTAILED saying which part of the definition is not met
     */
    public Explainer.Explanation explain(String subject, String classOrProperty, String object, int max) {
        return explain(subject, classOrProperty, object, max, EXPLAIN_TIME_LIMIT);
    }

    /**
     * As {@link #explain(String, String, String, int)}, within {@code limit}; past it the explanation is
     * cancelled and its reasoner interrupted, and REASONER_TIMEOUT is thrown.
     */
    public Explainer.Explanation explain(String subject, String classOrProperty, String object, int max, Duration limit) {
        Explainer.Question question = new Explainer.Question(subject, classOrProperty, object, max, asOf,
                TimeLimit.check(limit, "--reasoner-timeout"));
        return Explainer.explain(products().explanationSources(), question);
    }

    /** What the build produced; for a knowledge base opened from a database, taken again from its graphs. */
    private BuildProducts products() {
        if (products != null) {
            return products;
        }
        return new BuildProducts(copyOf(CONCERT.SCHEMA_GRAPH).getGraph(), copyOf(CONCERT.DATA_GRAPH).getGraph(),
                Snapshot.Result.split(copyOf(CONCERT.SNAPSHOT_GRAPH).getGraph()), null,
                copyOf(CONCERT.INFERRED_GRAPH).getGraph());
    }

    /** Runs a SELECT query given as text. */
    public SelectResult select(String sparql) {
        return select(Queries.parse(sparql, "query"));
    }

    /** Runs a SELECT query. */
    public SelectResult select(Query query) {
        return queries.select(query);
    }

    /**
     * Runs an ASK query given as text.
     *
     * @since 0.2.0
     */
    public boolean ask(String sparql) {
        return ask(Queries.parse(sparql, "query"));
    }

    /** Runs an ASK query. */
    public boolean ask(Query query) {
        return queries.ask(query);
    }

    /**
     * Runs a CONSTRUCT or DESCRIBE query given as text and returns a copy of the resulting graph.
     *
     * @since 0.2.0
     */
    public Model construct(String sparql) {
        return construct(Queries.parse(sparql, "query"));
    }

    /** Runs a CONSTRUCT or DESCRIBE query and returns a copy of the resulting graph. */
    public Model construct(Query query) {
        return queries.construct(query);
    }

    /**
     * The runner of this knowledge base's queries (its timeout and SERVICE policy), for writing results in any
     * format or serving them.
     *
     * @since 0.2.0
     */
    public QueryRunner queries() {
        return queries;
    }

    /**
     * Builds a {@link KnowledgeBase}: the settings of {@link BuildSettings}, then {@link #build()}, {@link #reason()}
     * or {@link #reasonInto(Path)}, which run the steps of {@link BuildPipeline}. Loading is all or nothing: every
     * input is parsed into its own graph first, and nothing is built unless all of them parse.
     */
    public static final class Builder extends BuildSettings<Builder> {
        private Builder(boolean bundled) {
            super(bundled);
        }

        @Override
        Builder self() {
            return this;
        }

        /** Builds with reasoning: the inferred graph holds what HermiT concluded. */
        public KnowledgeBase reason() {
            return BuildPipeline.run(options(), true);
        }

        /**
         * Builds with reasoning into a TDB2 database in {@code directory}, or reuses the database already there
         * when it was built from the same inputs (same Concert version, snapshot date, bundled files, extra files
         * and enrichment dumps, byte for byte). The database belongs to the returned knowledge base: building into
         * the same folder again replaces its content.
         */
        public KnowledgeBase reasonInto(Path directory) {
            BuildOptions options = options();
            return Tdb2Store.reuse(options, directory)
                    .orElseGet(() -> Tdb2Store.store(BuildPipeline.run(options, true), options, directory));
        }

        /** Builds without reasoning: asserted graphs and snapshot only. */
        public KnowledgeBase build() {
            return BuildPipeline.run(options(), false);
        }
    }
}
