package org.concert.kb;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.TimeLimit;
import org.concert.query.Queries;
import org.concert.query.SelectResult;
import org.concert.query.QueryPolicy;
import org.concert.reasoning.Explainer;
import org.concert.reasoning.Reasoning;
import org.concert.reasoning.ReasoningCache;
import org.concert.reasoning.Stage;
import org.concert.reasoning.StageTimer;
import org.concert.vocab.CONCERT;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    public static final Duration EXPLAIN_TIME_LIMIT = Duration.ofSeconds(30);
    /** How long reasoning may take by default: 120 s. */
    public static final Duration REASONER_TIME_LIMIT = Duration.ofSeconds(120);

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);

    /** The graphs a knowledge base keeps apart, in this order. */
    public static final List<Node> GRAPHS = List.of(
            CONCERT.SCHEMA_GRAPH, CONCERT.DATA_GRAPH, CONCERT.SNAPSHOT_GRAPH, CONCERT.INFERRED_GRAPH);

    private final DatasetGraph dataset;
    private final LocalDate asOf;
    private final boolean reasoned;
    private final List<Stage> stages;
    private final Duration queryTimeout;
    private final Set<URI> serviceEndpoints;

    private KnowledgeBase(DatasetGraph dataset, LocalDate asOf, boolean reasoned, List<Stage> stages,
                          Duration queryTimeout, Set<URI> serviceEndpoints) {
        this.dataset = dataset;
        this.asOf = asOf;
        this.reasoned = reasoned;
        this.stages = List.copyOf(stages);
        this.queryTimeout = queryTimeout;
        this.serviceEndpoints = Set.copyOf(serviceEndpoints);
    }

    /** A knowledge base over an existing dataset (e.g. a TDB2 database written by Concert). */
    static KnowledgeBase of(DatasetGraph dataset, LocalDate asOf, boolean reasoned, List<Stage> stages, Duration queryTimeout,
                            Set<URI> serviceEndpoints) {
        return new KnowledgeBase(dataset, asOf, reasoned, stages, queryTimeout, serviceEndpoints);
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
        return new KnowledgeBase(assemble(graphs, dataset.getDefaultGraph().getPrefixMapping()), asOf, reasoned,
                stages, queryTimeout, serviceEndpoints);
    }

    /**
     * The dataset of a knowledge base: the named graphs linked as they are (not copied), and as default graph
     * their union ({@link UnionGraph}, copied once into a plain in-memory graph when first read). Nothing writes
     * to any of them afterwards, so concurrent reads are safe; callers only ever see the dataset through
     * {@link DatasetGraphReadOnly}.
     */
    private static DatasetGraph assemble(Map<Node, Graph> graphs, PrefixMapping prefixes) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral(new UnionGraph(List.copyOf(graphs.values()), prefixes));
        graphs.forEach(dsg::addGraph);
        dsg.prefixes().putAll(prefixes);
        return dsg;
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
     * {@code inferredOnly}, only the inferred graph is written.
     */
    public void write(OutputStream out, Lang lang, boolean inferredOnly) {
        Txn.executeRead(dataset, () -> {
            if (RDFLanguages.isQuads(lang)) {
                DatasetGraph view = DatasetGraphFactory.createGeneral();
                List<Node> names = new ArrayList<>(inferredOnly ? List.of(CONCERT.INFERRED_GRAPH) : GRAPHS);
                if (!inferredOnly && dataset.containsGraph(CONCERT.TIMELINE_GRAPH)) {
                    names.add(CONCERT.TIMELINE_GRAPH);
                }
                for (Node name : names) {
                    view.addGraph(name, canonical(dataset.getGraph(name)));
                }
                view.prefixes().putAll(dataset.prefixes());
                RDFDataMgr.write(out, view, lang);
            } else {
                Graph graph = inferredOnly ? dataset.getGraph(CONCERT.INFERRED_GRAPH) : dataset.getDefaultGraph();
                Graph copy = canonical(graph);
                copy.getPrefixMapping().setNsPrefixes(dataset.getDefaultGraph().getPrefixMapping());
                RDFDataMgr.write(out, copy, lang);
            }
        });
    }

    /**
     * Writes the knowledge base to a file whose extension names the syntax: {@code .ttl}, {@code .nt},
     * {@code .jsonld} (union of the graphs) or {@code .trig}, {@code .nq} (named graphs kept apart).
     */
    public void write(Path file, boolean inferredOnly) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        if (lang == null || !(lang.equals(Lang.TURTLE) || lang.equals(Lang.NTRIPLES) || lang.equals(Lang.JSONLD)
                || lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS))) {
            throw new ConcertException(ErrorCode.OUTPUT_FAILED,
                    "cannot tell the output syntax from the file name; use .ttl, .nt, .jsonld, .trig or .nq",
                    file.toString(), -1, -1, null);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, lang, inferredOnly);
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.OUTPUT_FAILED, "cannot write: " + e.getMessage(),
                    file.toString(), -1, -1, e);
        }
    }

    /**
     * A copy of a graph filled in a canonical order (by subject, predicate and object; blank nodes, whose labels
     * differ from one parse to the next, keep their relative order), so that what is written does not depend on
     * the order in which a build added its triples: a build from the cache writes the same bytes as one that
     * reasoned.
     */
    private static Graph canonical(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().toList().stream().sorted(Comparator.comparing(KnowledgeBase::sortKey)).forEach(copy::add);
        copy.getPrefixMapping().setNsPrefixes(graph.getPrefixMapping());
        return copy;
    }

    private static String sortKey(Triple t) {
        return key(t.getSubject()) + " " + key(t.getPredicate()) + " " + key(t.getObject());
    }

    private static String key(Node n) {
        return n.isBlank() ? "_:" : n.toString();
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
        return Explainer.explain(copyOf(CONCERT.SCHEMA_GRAPH).getGraph(),
                copyOf(CONCERT.DATA_GRAPH).getGraph(), copyOf(CONCERT.SNAPSHOT_GRAPH).getGraph(), subject,
                classOrProperty, object, max, TimeLimit.check(limit, "--reasoner-timeout"), asOf.toString());
    }

    /** Runs a SELECT query given as text. */
    public SelectResult select(String sparql) {
        return select(Queries.parse(sparql, "query"));
    }

    /** Runs a SELECT query. */
    public SelectResult select(Query query) {
        requireForm(query, query.isSelectType(), "SELECT");
        return execute(query, qe -> SelectResult.copyOf(qe.execSelect()));
    }

    /**
     * Runs an ASK query given as text.
     *
     * @since 0.2.0
     */
    public boolean ask(String sparql) {
        return ask(Queries.parse(sparql, "query"));
    }

    /**
     * Runs a CONSTRUCT or DESCRIBE query given as text and returns a copy of the resulting graph.
     *
     * @since 0.2.0
     */
    public Model construct(String sparql) {
        return construct(Queries.parse(sparql, "query"));
    }

    /** Runs an ASK query. */
    public boolean ask(Query query) {
        requireForm(query, query.isAskType(), "ASK");
        return execute(query, QueryExecution::execAsk);
    }

    /** Runs a CONSTRUCT or DESCRIBE query and returns a copy of the resulting graph. */
    public Model construct(Query query) {
        requireForm(query, query.isConstructType() || query.isDescribeType(), "CONSTRUCT or DESCRIBE");
        return execute(query, qe -> {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Model copy = ModelFactory.createDefaultModel().add(m);
            copy.setNsPrefixes(query.getPrefixMapping());
            return copy;
        });
    }

    private <T> T execute(Query query, Function<QueryExecution, T> action) {
        return Txn.calculateRead(dataset, () -> {
            // SERVICE would let a query make this process fetch any URL: only to the hosts a caller allows.
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                    .context(QueryPolicy.context(serviceEndpoints))
                    .timeout(queryTimeout.toMillis())
                    .build()) {
                return action.apply(qe);
            } catch (QueryPolicy.TooCostly e) {
                throw new ConcertException(ErrorCode.RESULT_TOO_LARGE, e.getMessage(), e);
            } catch (QueryCancelledException e) {
                throw new ConcertException(ErrorCode.QUERY_TIMEOUT,
                        "the query did not finish within " + queryTimeout.toMillis() + " ms", e);
            } catch (ConcertException e) {
                throw e;
            } catch (RuntimeException e) {
                throw serviceFailure(e);
            }
        });
    }

    /** A failure of a SERVICE call as a Concert error, told by the exception's type; anything else unchanged. */
    private static RuntimeException serviceFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryPolicy.ServiceNotAllowed refused) {
                return new ConcertException(ErrorCode.SERVICE_NOT_ALLOWED, refused.getMessage()
                        + "; allow the endpoint with --allow-service URL", e);
            }
            if (t instanceof QueryDeniedException) {
                return new ConcertException(ErrorCode.SERVICE_NOT_ALLOWED,
                        "SERVICE is not allowed; allow the endpoint with --allow-service URL", e);
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException || t instanceof IOException) {
                Throwable root = t;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                return new ConcertException(ErrorCode.SERVICE_FAILED, "a SERVICE endpoint could not be reached or "
                        + "answered with an error: " + root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")"), e);
            }
        }
        return e;
    }

    private static void requireForm(Query query, boolean ok, String expected) {
        if (!ok) {
            throw new ConcertException(ErrorCode.QUERY_FORM, "expected a " + expected + " query, got " + query.queryType());
        }
    }

    /**
     * Builds a {@link KnowledgeBase}. Loading is all or nothing: every input is parsed into its own graph
     * first, and nothing is built unless all of them parse.
     */
    public static final class Builder {
        private final boolean bundled;
        private final List<Path> files = new ArrayList<>();
        private final List<Graph> graphs = new ArrayList<>();
        private LocalDate asOf;
        private Duration reasonerTimeout = REASONER_TIME_LIMIT;
        private Duration queryTimeout = Duration.ofSeconds(60);
        private final Set<URI> serviceEndpoints = new LinkedHashSet<>();
        private final List<Path> enrichments = new ArrayList<>();
        private ReasoningCache cache;
        private boolean modular = true;
        private boolean strict = true;
        private boolean timeline;

        private Builder(boolean bundled) {
            this.bundled = bundled;
        }

        /** Adds an RDF file (Turtle, N-Triples, RDF/XML or JSON-LD, told by its extension) to the data graph. */
        public Builder addFile(Path file) {
            files.add(Objects.requireNonNull(file, "file"));
            return this;
        }

        /**
         * Adds the timeline to a reasoned build: the named graph {@code https://w3id.org/concert/graph/timeline} with
         * the periods during which each organization and state held each inferred class and derived link, from
         * the snapshots of every day on which the data changes ({@link Timeline}). The first build reasons every
         * one of those days (about a minute for the bundled data); the result is kept in the reasoning cache.
         *
         * @since 0.2.0
         */
        public Builder withTimeline() {
            this.timeline = true;
            return this;
        }

        /**
         * Adds the statements of a Jena model to the data graph (copied when the knowledge base is built).
         *
         * @since 0.2.0
         */
        public Builder addModel(Model model) {
            return addGraph(Objects.requireNonNull(model, "model").getGraph());
        }

        /**
         * Adds the triples of a Jena graph to the data graph (copied when the knowledge base is built).
         *
         * @since 0.2.0
         */
        public Builder addGraph(Graph graph) {
            graphs.add(Objects.requireNonNull(graph, "graph"));
            return this;
        }

        /**
         * Adds an external RDF dump (e.g. a Wikidata or DBpedia extract) in a named graph of its own,
         * {@code https://w3id.org/concert/graph/external/FILE-NAME}. Queries see it in the union and join it to
         * Concert's entities through their {@code skos:exactMatch} links; it never enters the curated graphs or
         * the reasoner.
         */
        public Builder enrich(Path dump) {
            enrichments.add(Objects.requireNonNull(dump, "dump"));
            return this;
        }

        /**
         * Whether added data must pass the checks of {@code concert validate} before it is built: the SHACL shapes
         * of {@code ontology/shapes/} and the OWL 2 DL profile (default true). The first finding is thrown as a
         * {@link ConcertException} with its code, every other one suppressed in it ({@link ConcertException#problems()}).
         * The bundle alone is checked by Concert's own tests, not at each build.
         *
         * @since 0.2.0
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * The snapshot date, required: two builds of the same inputs and date give the same knowledge base. Within
         * the years 1 to 9999 ({@link ErrorCode#INVALID_DATE} otherwise).
         */
        public Builder asOf(LocalDate date) {
            Objects.requireNonNull(date, "date");
            if (date.getYear() < 1 || date.getYear() > 9999) {
                throw new ConcertException(ErrorCode.INVALID_DATE, "'" + date + "' is outside the years 0001 to 9999",
                        "--as-of", -1, -1, null);
            }
            this.asOf = date;
            return this;
        }

        /** The limit for the whole reasoning run (default 120 s). */
        public Builder reasonerTimeout(Duration timeout) {
            this.reasonerTimeout = positive(timeout, "--reasoner-timeout");
            return this;
        }

        /** The limit for each query (default 60 s). */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = positive(timeout, "--timeout");
            return this;
        }

        /**
         * Lets queries' {@code SERVICE} reach exactly these endpoint URLs (same scheme, host, port and path; a
         * {@link ErrorCode#USAGE} error for anything else); by default SERVICE is refused, so no query makes this
         * process fetch a URL.
         */
        public Builder allowService(Collection<String> endpointUrls) {
            serviceEndpoints.addAll(QueryPolicy.endpoints(endpointUrls));
            return this;
        }

        /**
         * Keeps and looks up the conclusions of reasoning modules in {@code directory} (default: the per-user
         * folder {@link ReasoningCache#defaultDirectory()}).
         */
        public Builder cache(Path directory) {
            this.cache = ReasoningCache.at(Objects.requireNonNull(directory, "directory"));
            return this;
        }

        /** Uses this cache object, e.g. one {@link ReasoningCache#memoryOnly()} shared by many builds. */
        public Builder cache(ReasoningCache cache) {
            this.cache = Objects.requireNonNull(cache, "cache");
            return this;
        }

        /** Reasons without reading or writing any cache on disk. */
        public Builder noCache() {
            this.cache = ReasoningCache.memoryOnly();
            return this;
        }

        /**
         * Whether to reason module by module (default) or in one HermiT run over the whole input, which is what
         * modular reasoning falls back to by itself when its completeness conditions do not hold (see
         * {@link Reasoning}).
         */
        public Builder modular(boolean modular) {
            this.modular = modular;
            return this;
        }

        /** Builds with reasoning: the inferred graph holds what HermiT concluded. */
        public KnowledgeBase reason() {
            return build(true);
        }

        /**
         * Builds with reasoning into a TDB2 database in {@code directory}, or reuses the database already there
         * when it was built from the same inputs (same Concert version, snapshot date, bundled files and extra
         * files, byte for byte). The database belongs to the returned knowledge base: building into the same
         * folder again replaces its content.
         */
        public KnowledgeBase reasonInto(Path directory) {
            return Tdb2Store.openOrBuild(this, bundled, List.copyOf(files), asOf, directory, queryTimeout, serviceEndpoints);
        }

        /** Builds without reasoning: asserted graphs and snapshot only. */
        public KnowledgeBase build() {
            return build(false);
        }

        private KnowledgeBase build(boolean reasoning) {
            if (asOf == null) {
                throw new ConcertException(ErrorCode.INVALID_DATE, "no snapshot date: give the builder asOf(date)");
            }
            ReasoningCache reasoningCache = cache == null ? ReasoningCache.shared() : cache;
            if (reasoning && modular) {
                Reasoning.prepare(reasoningCache);
            }
            StageTimer timer = new StageTimer();
            Graph schema = GraphFactory.createGraphMem();
            Graph data = GraphFactory.createGraphMem();
            if (bundled) {
                for (BundledOntology.Part part : BundledOntology.load()) {
                    part.graph().find().forEachRemaining(part.isData() ? data::add : schema::add);
                    (part.isData() ? data : schema).getPrefixMapping().setNsPrefixes(part.graph().getPrefixMapping());
                }
            }
            List<Graph> extra = new ArrayList<>();
            List<ConcertException> rejected = new ArrayList<>();
            for (Path file : files) {
                try {
                    extra.add(RdfInput.parse(file));
                } catch (ConcertException e) {
                    rejected.add(e);
                }
            }
            Map<Node, Graph> external = new LinkedHashMap<>();
            for (Path dump : enrichments) {
                try {
                    Node graphName = externalGraph(dump);
                    if (external.containsKey(graphName)) {
                        throw new ConcertException(ErrorCode.DUPLICATE_INPUT_NAME, "another enrichment dump has the "
                                + "file name " + dump.getFileName() + ", and each becomes the graph " + graphName.getURI(),
                                dump.toString(), -1, -1, null);
                    }
                    external.put(graphName, RdfInput.parse(dump));
                } catch (ConcertException e) {
                    rejected.add(e);
                }
            }
            if (!rejected.isEmpty()) {
                // One exception for the caller; every other rejected input rides along as a suppressed one.
                ConcertException first = rejected.get(0);
                rejected.subList(1, rejected.size()).forEach(first::addSuppressed);
                throw first;
            }
            extra.addAll(graphs);
            for (Graph g : extra) {
                g.find().forEachRemaining(data::add);
            }
            if (strict && !extra.isEmpty()) {
                refuseFindings(schema, data, extra);
            }
            timer.stage("load", (schema.size() + data.size()) + " asserted triples from "
                    + (bundled ? "the bundle" : "no bundle") + " and " + files.size() + " extra file(s)");

            // "build 2": the snapshot closes only complete records since issue 13, so memos of earlier builds are stale.
            String memo = reasoning && modular && graphs.isEmpty() ? InputFingerprint.of(bundled, files, asOf, "build 2") : null;
            Optional<BuildMemo.Derived> known = memo == null ? Optional.empty() : BuildMemo.recall(reasoningCache, memo);
            Graph snapshot;
            Graph inferred = GraphFactory.createGraphMem();
            if (known.isPresent()) {
                snapshot = known.get().snapshot();
                inferred = known.get().inferred();
                timer.stage("snapshot", snapshot.size() + " triples for " + asOf + ", from the cache");
                timer.stage("reason", inferred.size() + " inferred triples for these inputs, from the cache");
            } else {
                Snapshot.Result derived = Snapshot.derive(data, asOf);
                snapshot = derived.union();
                timer.stage("snapshot", snapshot.size() + " triples for " + asOf);
                if (reasoning) {
                    Graph input = Reasoning.select(schema, data, derived.links());
                    timer.stage("select", input.size() + " triples for the reasoner");
                    Graph snapshotGraph = snapshot;
                    Predicate<Triple> asserted = t -> schema.contains(t) || data.contains(t) || snapshotGraph.contains(t);
                    Reasoning.Result result = Reasoning.materialize(input, derived.closure(), asserted, reasonerTimeout,
                            reasoningCache, Runtime.getRuntime().availableProcessors(), modular);
                    timer.addAll(result.stages());
                    inferred = result.inferred();
                    if (memo != null) {
                        BuildMemo.keep(reasoningCache, memo, snapshot, inferred);
                    }
                }
            }

            Map<Node, Graph> named = new LinkedHashMap<>();
            named.put(CONCERT.SCHEMA_GRAPH, schema);
            named.put(CONCERT.DATA_GRAPH, data);
            named.put(CONCERT.SNAPSHOT_GRAPH, snapshot);
            named.put(CONCERT.INFERRED_GRAPH, inferred);
            if (timeline && reasoning) {
                named.put(CONCERT.TIMELINE_GRAPH, timeline(data, reasoningCache).graph());
                timer.stage("timeline", "classification periods from every change day of the data");
            }
            named.putAll(external);
            PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(data.getPrefixMapping())
                    .setNsPrefixes(schema.getPrefixMapping());
            DatasetGraph dsg = assemble(named, prefixes);
            timer.stage("dataset", named.size() + " named graphs and their union");
            return new KnowledgeBase(dsg, asOf, reasoning, timer.stages(), queryTimeout, serviceEndpoints);
        }

        /**
         * The timeline of these inputs: from the cache when these inputs were seen before, else one reasoned build
         * per change day of {@code data} (the same inputs, already checked, without enrichment dumps).
         */
        private Timeline timeline(Graph data, ReasoningCache reasoningCache) {
            List<LocalDate> days = Timeline.changeDays(data);
            String key = graphs.isEmpty() ? InputFingerprint.of(bundled, files, LocalDate.EPOCH, "timeline 1") : null;
            Optional<Timeline> known = key == null ? Optional.empty()
                    : reasoningCache.get("timeline", key).flatMap(lines -> Timeline.fromLines(lines, days));
            if (known.isPresent()) {
                return known.get();
            }
            Builder each = new Builder(bundled);
            each.files.addAll(files);
            each.graphs.addAll(graphs);
            each.reasonerTimeout = reasonerTimeout;
            each.cache = reasoningCache;
            each.modular = modular;
            each.strict = false;
            Timeline computed = Timeline.compute(day -> each.asOf(day).reason(), days);
            if (key != null) {
                reasoningCache.put("timeline", key, computed.toLines());
            }
            return computed;
        }

        /** Runs {@link DataCheck} over the bundle and the added data, and throws what it finds. */
        private void refuseFindings(Graph schema, Graph data, List<Graph> extra) {
            Map<String, Graph> added = new LinkedHashMap<>();
            for (int i = 0; i < extra.size(); i++) {
                added.put(i < files.size() ? files.get(i).toString() : "graph " + (i - files.size() + 1), extra.get(i));
            }
            Graph all = GraphFactory.createGraphMem();
            schema.find().forEachRemaining(all::add);
            data.find().forEachRemaining(all::add);
            List<DataCheck.Finding> findings = DataCheck.check(all, added);
            if (!findings.isEmpty()) {
                ConcertException first = findings.get(0).exception();
                findings.subList(1, findings.size()).forEach(f -> first.addSuppressed(f.exception()));
                throw first;
            }
        }

        private static Node externalGraph(Path dump) {
            String name = dump.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            return NodeFactory.createURI(CONCERT.GRAPH_NS + "external/" + name);
        }

        private static Duration positive(Duration d, String what) {
            return TimeLimit.check(d, what);
        }
    }
}
