package org.concert.reasoning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reasons module by module: HermiT runs over each named individual's module (its own assertions, the links to
 * and from it, the relevant named types of its neighbours, and the locality module of the terminology for that
 * signature), the conclusions are cached under the module's fingerprint, and the named types found are passed
 * on to the neighbours' modules until nothing changes. Batches of modules run in parallel on the available cores.
 *
 * <p><b>What is guaranteed.</b> Every conclusion is sound: a module holds only asserted axioms and types already
 * entailed. The conclusions are complete (the same types, subclass links and derivable property values as one
 * HermiT run over the whole input, and the same verdict on consistency) when the terminology passes
 * {@link TerminologyAnalysis}'s checks and the assertions use no {@code owl:sameAs}, {@code owl:differentFrom},
 * negative assertions, second values of functional properties or asserted values of a property chain's second
 * link. Otherwise Concert says why in the log and falls back to {@link HermitReasoner} over the whole input. The
 * test suite checks equality with the whole run on the bundled data over many dates and on a synthetic
 * knowledge base twice its size.
 *
 * @since 0.2.0
 */
final class ModularReasoner {
    private static final Logger LOG = LoggerFactory.getLogger(ModularReasoner.class);
    private static final int BATCH = 40;
    private static final int CLOSED_BATCH = 4;
    /** The weight (see {@link #weight}) from which a module runs alone: about fifty members in a closure. */
    private static final int ALONE = 100;
    private static final int MAX_ROUNDS = 20;
    /** Salts the terminology's fingerprint; {@link TerminologyPrefetch} keys its work with it too. */
    static final String TERMINOLOGY_SALT = "concert-modules 2";

    private ModularReasoner() {
    }

    /**
     * Reasons over {@code input} (the reasoner's selection of the knowledge base) with the snapshot's
     * {@code closure} axioms, and returns what is inferred and not {@code asserted}.
     *
     * @param cache   where module conclusions are looked up and kept; {@link ReasoningCache#memoryOnly()} for none
     * @param threads how many HermiT runs at once
     */
    public static HermitReasoner.Result materialize(Graph input, Graph closure, Predicate<Triple> asserted,
                                                    Duration timeout, ReasoningCache cache, int threads) {
        StageTimer timer = new StageTimer();
        Graph graph = GraphFactory.createGraphMem();
        input.find().forEachRemaining(graph::add);
        closure.find().forEachRemaining(graph::add);
        AboxModules modules = AboxModules.of(graph);
        ModuleFingerprints fingerprints = new ModuleFingerprints(modules);
        String terminology = fingerprints.terminology(TERMINOLOGY_SALT);
        timer.stage("modules", modules.individuals().size() + " individuals, one module each");

        BatchRunner runner = new BatchRunner(threads, timeout);
        try {
            Supplier<OwlTerminology> owlTerminology = () -> OwlTerminology.of(terminology, modules.terminologyGraph());
            Profiled profiled = profile(cache, terminology, () -> owlTerminology.get().profile(runner::running), runner);
            TboxProfile profile = profiled.profile();
            timer.stage("terminology", profile.relevance().reach().size() + " classes relevant to neighbours, "
                    + profile.subClassLinks().size() + " subclass links" + profiled.how());
            List<String> unsupported = new ArrayList<>(profile.unsupported());
            unsupported.addAll(unsupportedAssertions(graph, profile));
            if (!unsupported.isEmpty()) {
                timer.stage("fallback", "modules would not be complete: " + String.join("; ", unsupported));
                HermitReasoner.Result whole = HermitReasoner.materialize(input, closure, asserted, runner.remaining());
                List<Stage> stages = new ArrayList<>(timer.stages());
                stages.addAll(whole.stages());
                return new HermitReasoner.Result(whole.inferred(), stages);
            }

            // The same input reasoned before (the same date, say): one lookup instead of one per module.
            String inputKey = fingerprints.input(terminology);
            Optional<List<String>> known = cache.get("input", inputKey);
            if (known.isPresent()) {
                Map<Node, List<String>> conclusions = AboxModules.sortedMap();
                for (String line : known.get()) {
                    int space = line.indexOf(' ');
                    conclusions.computeIfAbsent(NodeFactory.createURI(line.substring(0, space)), k -> new ArrayList<>())
                            .add(line.substring(space + 1));
                }
                timer.stage("reason", "the conclusions of this input from the cache");
                Graph inferred = writeBack(conclusions, profile, asserted);
                timer.stage("write-back", inferred.size() + " inferred triples");
                return new HermitReasoner.Result(inferred, timer.stages());
            }

            OwlModules[] owl = new OwlModules[1];
            Fixpoint fixpoint = new Fixpoint(modules, fingerprints, profile, terminology);
            List<List<Node>> waves = Waves.of(modules);
            int changed;
            int round = 0;
            int total = 0;
            int reasonedTotal = 0;
            int sharedTotal = 0;
            do {
                if (++round > MAX_ROUNDS) {
                    throw new ConcertException(ErrorCode.INTERNAL, "modular reasoning did not settle in " + MAX_ROUNDS + " rounds");
                }
                changed = 0;
                int reasoned = 0;
                int shared = 0;
                for (List<Node> wave : waves) {
                    List<Node> misses = new ArrayList<>();
                    for (Node home : fixpoint.changed(wave)) {
                        changed++;
                        if (round > 1) {
                            LOG.debug("round {}: the module of {} changed", round, home);
                        }
                        Optional<List<String>> hit = cache.get("module", fixpoint.fingerprint(home));
                        if (hit.isPresent()) {
                            fixpoint.settle(home, fingerprints.stored(home, hit.get(), false));
                        } else {
                            misses.add(home);
                        }
                    }
                    // Homes of one shape in this wave: HermiT reasons the first, the others take its conclusions.
                    Map<String, List<Node>> byShape = new LinkedHashMap<>();
                    misses.forEach(home -> byShape.computeIfAbsent(fixpoint.fingerprint(home), k -> new ArrayList<>()).add(home));
                    List<Node> representatives = byShape.values().stream().map(homes -> homes.get(0)).toList();
                    if (!representatives.isEmpty()) {
                        OwlModules reasoning = owl[0] != null ? owl[0]
                                : (owl[0] = new OwlModules(owlTerminology.get(), modules));
                        Map<Node, List<String>> found = runner.run(batches(representatives, modules), batch -> reasoning.reason(
                                batch, fixpoint.neighbourTypes(batch), profile.derivableProperties(), runner::running));
                        found.forEach((home, lines) -> {
                            List<String> kept = fingerprints.stored(home, lines, true);
                            String key = fixpoint.fingerprint(home);
                            cache.put("module", key, kept);
                            for (Node same : byShape.get(key)) {
                                fixpoint.settle(same, same.equals(home) ? lines : fingerprints.stored(same, kept, false));
                            }
                        });
                        reasoned += representatives.size();
                        shared += misses.size() - representatives.size();
                    }
                }
                LOG.debug("round {}: {} modules changed, {} reasoned", round, changed, reasoned);
                total += changed;
                reasonedTotal += reasoned;
                sharedTotal += shared;
            } while (changed > 0);
            timer.stage("reason", total + " modules in " + round + " rounds over " + waves.size() + " waves: "
                    + (total - reasonedTotal - sharedTotal) + " from the cache, " + sharedTotal + " sharing a shape reasoned once, "
                    + reasonedTotal + " reasoned by HermiT");
            List<String> all = new ArrayList<>();
            fixpoint.conclusions().forEach((home, lines) -> lines.forEach(l -> all.add(home.getURI() + " " + l)));
            cache.put("input", inputKey, all);
            cache.trim();
            Graph inferred = writeBack(fixpoint.conclusions(), profile, asserted);
            timer.stage("write-back", inferred.size() + " inferred triples");
            return new HermitReasoner.Result(inferred, timer.stages());
        } finally {
            runner.close();
        }
    }

    /** A terminology's profile, and how it was had: {@code how} is appended to the stage's log line. */
    private record Profiled(TboxProfile profile, String how) {
    }

    /** The terminology's profile from the cache, the prefetch or HermiT. */
    private static Profiled profile(ReasoningCache cache, String terminology, Supplier<TboxProfile> classify,
                                    BatchRunner runner) {
        Optional<List<String>> cached = cache.get("terminology", terminology);
        if (cached.isPresent()) {
            try {
                return new Profiled(TboxProfile.fromLines(cached.get()), " (cached)");
            } catch (RuntimeException e) {
                // A damaged entry is rebuilt like a missing one.
            }
        }
        Optional<TboxProfile> prefetched = TerminologyPrefetch.take(terminology, runner.remaining());
        TboxProfile profile = prefetched.isPresent() ? prefetched.get() : runner.call(classify::get);
        cache.put("terminology", terminology, profile.toLines());
        return new Profiled(profile, prefetched.isPresent() ? " (classified beside the snapshot)" : "");
    }

    private static List<String> unsupportedAssertions(Graph graph, TboxProfile profile) {
        List<String> out = new ArrayList<>();
        for (Node p : List.of(OWL2.sameAs.asNode(), OWL2.differentFrom.asNode(), OWL2.sourceIndividual.asNode(),
                OWL2.distinctMembers.asNode())) {
            if (graph.contains(Node.ANY, p, Node.ANY)) {
                out.add("assertions with " + p.getLocalName());
            }
        }
        for (String tail : profile.chainTails()) {
            if (graph.contains(Node.ANY, NodeFactory.createURI(tail), Node.ANY)) {
                out.add("asserted values of " + tail + ", the second link of a property chain");
            }
        }
        for (boolean inverse : new boolean[] {false, true}) {
            Node characteristic = (inverse ? OWL2.InverseFunctionalProperty : OWL2.FunctionalProperty).asNode();
            for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), characteristic).toList()) {
                if (graph.contains(t.getSubject(), RDF.type.asNode(), OWL2.ObjectProperty.asNode())
                        && hasTwoValues(graph, t.getSubject(), inverse)) {
                    out.add("two values of the " + (inverse ? "inverse-" : "") + "functional " + t.getSubject());
                }
            }
        }
        return out;
    }

    /** Whether some individual has two values of {@code property} (as subject, or as object when {@code inverse}). */
    private static boolean hasTwoValues(Graph graph, Node property, boolean inverse) {
        Map<Node, Node> seen = new HashMap<>();
        for (Triple t : graph.find(Node.ANY, property, Node.ANY).toList()) {
            Node before = seen.putIfAbsent(inverse ? t.getObject() : t.getSubject(), inverse ? t.getSubject() : t.getObject());
            if (before != null && !before.equals(inverse ? t.getSubject() : t.getObject())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The modules in batches, each one HermiT run, the heaviest first so that no core waits for a big one
     * started last. A module with a class expression of its own (a membership closure, whose nominals make
     * every other individual of a run costlier) runs a few at a time, or alone when its expression is as large as
     * a big organization's member list; the rest run {@link #BATCH} at a time. Measured on the synthetic x10
     * knowledge base: closures alone 7.4 s, four at a time 6.5 s, sixteen at a time 15.5 s.
     */
    private static List<List<Node>> batches(List<Node> homes, AboxModules modules) {
        List<List<Node>> batches = new ArrayList<>();
        List<Node> plain = new ArrayList<>();
        List<Node> closed = new ArrayList<>();
        for (Node home : homes) {
            if (modules.expressions(home).isEmpty()) {
                plain.add(home);
            } else if (weight(home, modules) >= ALONE) {
                batches.add(List.of(home));
            } else {
                closed.add(home);
            }
        }
        chunk(closed, CLOSED_BATCH, batches);
        chunk(plain, BATCH, batches);
        batches.sort(Comparator.comparingInt((List<Node> batch) -> batch.stream().mapToInt(h -> weight(h, modules)).sum())
                .reversed());
        return batches;
    }

    /** A module's expected cost in plain modules: one, plus the size of its class expressions in triples. */
    private static int weight(Node home, AboxModules modules) {
        return 1 + modules.expressions(home).size();
    }

    private static void chunk(List<Node> homes, int size, List<List<Node>> into) {
        for (int i = 0; i < homes.size(); i += size) {
            into.add(homes.subList(i, Math.min(homes.size(), i + size)));
        }
    }

    private static Graph writeBack(Map<Node, List<String>> conclusions, TboxProfile profile, Predicate<Triple> asserted) {
        List<Triple> triples = new ArrayList<>();
        conclusions.forEach((home, lines) -> {
            for (String line : lines) {
                String[] parts = line.split(" ");
                triples.add(parts[0].equals("T")
                        ? Triple.create(home, RDF.type.asNode(), NodeFactory.createURI(parts[1]))
                        : Triple.create(home, NodeFactory.createURI(parts[1]), NodeFactory.createURI(parts[2])));
            }
        });
        for (String[] link : profile.subClassLinks()) {
            triples.add(Triple.create(NodeFactory.createURI(link[0]), RDFS.subClassOf.asNode(), NodeFactory.createURI(link[1])));
        }
        triples.sort(Comparator.comparing(Triple::toString));
        Graph inferred = GraphFactory.createGraphMem();
        triples.stream().filter(asserted.negate()).forEach(inferred::add);
        return inferred;
    }
}
