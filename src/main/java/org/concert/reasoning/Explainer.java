package org.concert.reasoning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.api.ExplanationProgressMonitor;
import org.semanticweb.owl.explanation.impl.blackbox.Configuration;
import org.semanticweb.owl.explanation.impl.blackbox.DivideAndConquerContractionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.InitialEntailmentCheckStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.StructuralTypePriorityExpansionStrategy;
import org.semanticweb.owl.explanation.impl.blackbox.checker.BlackBoxExplanationGeneratorFactory;
import org.semanticweb.owl.explanation.impl.blackbox.checker.SatisfiabilityEntailmentCheckerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.manchestersyntax.renderer.ManchesterOWLSyntaxOWLObjectRendererImpl;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.ShortFormProvider;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * Explains an entailment of a reasoned snapshot: the justifications (minimal sets of axioms) for an inferred
 * type or property assertion, computed with HermiT through owlexplanation over a locality module around the
 * entailment, capped in number and bounded in time, and rendered for a person: entities by acronym or label,
 * axioms in Manchester syntax, data axioms with their sources. When the entailment does not hold it says which
 * conjuncts of the class's definition the subject does not meet.
 *
 * @since 0.1.0
 */
public final class Explainer {
    private static final String CONCERT = "https://w3id.org/concert/ontology#";

    /**
     * One axiom of a justification, as data.
     *
     * @param axiom    the axiom in Manchester syntax, entities named for people (acronym, label)
     * @param entities the IRIs of the classes, properties and individuals it names, sorted
     * @param source   where a data axiom comes from (a treaty, a register, the snapshot's derivation), or null
     *                 for a schema axiom
     * @since 0.2.0
     */
    public record Step(String axiom, List<String> entities, String source) {
        public Step {
            entities = List.copyOf(entities);
        }

        /** The step on one line, with its source. */
        public String text() {
            return source == null ? axiom : axiom + "    [source: " + source + "]";
        }
    }

    /** One justification: a minimal set of axioms from which the entailment follows, sorted by their text. */
    public record Justification(List<Step> steps) {
        public Justification {
            steps = List.copyOf(steps);
        }

        /** The axioms as text, one line each, data axioms with their source (the view the command line prints). */
        public List<String> axioms() {
            return steps.stream().map(Step::text).toList();
        }
    }

    /**
     * The answer.
     *
     * @param entailment     the entailment in words, e.g. {@code CSTO Type CollectiveSecurityProvider}
     * @param justifications at most the requested number, smallest first
     */
    public record Explanation(String entailment, List<Justification> justifications) {
    }

    private Explainer() {
    }

    /**
     * Explains why {@code subject} is an instance of a class, or has a property value.
     *
     * @param schema   the asserted schema graph
     * @param data     the asserted data graph
     * @param snapshot the snapshot graph (links and closure) of the date
     * @param subject  an individual, by IRI, acronym, ISO code or local name
     * @param target   a class or object property, by IRI or local name in Concert's namespace
     * @param object   the property value (null for a class)
     * @param max      the most justifications to compute
     * @param timeout  the limit for the whole explanation
     * @throws ConcertException UNKNOWN_ENTITY, NOT_ENTAILED (with the unmet conjuncts) or REASONER_TIMEOUT
     */
    public static Explanation explain(Graph schema, Graph data, Graph snapshot, String subject, String target,
                                      String object, int max, Duration timeout, String asOf) {
        Names names = new Names(schema, data);
        Node s = names.individual(subject);
        Node o = object == null ? null : names.individual(object);
        Node t = names.term(target, schema);
        boolean isClass = schema.contains(t, RDF.type.asNode(), OWL2.Class.asNode());
        if (!isClass && o == null) {
            throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "a property needs an OBJECT: explain SUBJECT PROPERTY OBJECT",
                    target, -1, -1, null);
        }

        // First without the membership closure: its nominals make every reasoner call slow, and only the
        // membership-based classes need it. Fall back to it when the entailment does not hold without.
        Graph links = org.apache.jena.sparql.graph.GraphFactory.createGraphMem();
        snapshot.find().forEachRemaining(tr -> {
            if (tr.getSubject().isURI() && !tr.getObject().isBlank()) {
                links.add(tr);
            }
        });
        OWLOntology withoutClosure = OwlBridge.toOntology(ReasonerInput.select(schema, data, links));
        Supplier<OWLOntology> withClosure = () -> OwlBridge.toOntology(ReasonerInput.select(schema, data, snapshot));
        OWLDataFactory df = withoutClosure.getOWLOntologyManager().getOWLDataFactory();
        OWLNamedIndividual individual = df.getOWLNamedIndividual(IRI.create(s.getURI()));
        OWLAxiom entailment = isClass
                ? df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(t.getURI())), individual)
                : df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(IRI.create(t.getURI())), individual,
                df.getOWLNamedIndividual(IRI.create(o.getURI())));
        ManchesterOWLSyntaxOWLObjectRendererImpl renderer = new ManchesterOWLSyntaxOWLObjectRendererImpl();
        renderer.setShortFormProvider(names);
        String words = renderer.render(entailment);

        // When the time is up, the explanation is cancelled where it can be (between the explanation search's
        // reasoner calls) and the HermiT call under way is interrupted, so the thread ends and its memory is freed.
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<OWLReasoner> running = new AtomicReference<>();
        // owlexplanation's Explanation is named in full below: this class has a record of that name.
        ExplanationProgressMonitor<OWLAxiom> monitor = new ExplanationProgressMonitor<>() {
            @Override
            public void foundExplanation(ExplanationGenerator<OWLAxiom> generator, org.semanticweb.owl.explanation.api.Explanation<OWLAxiom> found,
                                         Set<org.semanticweb.owl.explanation.api.Explanation<OWLAxiom>> all) {
                // nothing to report
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get() || Thread.currentThread().isInterrupted();
            }
        };
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "concert-explain");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Explanation> future = executor.submit(() -> {
                Set<OWLAxiom> module = new SyntacticLocalityModuleExtractor(withoutClosure.getOWLOntologyManager(),
                        withoutClosure, ModuleType.STAR).extract(entailment.getSignature());
                OWLOntology moduleOntology = fresh(module);
                OWLReasoner reasoner = new ReasonerFactory().createReasoner(moduleOntology);
                running.set(reasoner);
                if (!reasoner.isEntailed(entailment)) {
                    reasoner.dispose();
                    OWLOntology ontology = withClosure.get();
                    module = new SyntacticLocalityModuleExtractor(ontology.getOWLOntologyManager(), ontology,
                            ModuleType.STAR).extract(entailment.getSignature());
                    moduleOntology = fresh(module);
                    reasoner = new ReasonerFactory().createReasoner(moduleOntology);
                    running.set(reasoner);
                }
                try {
                    if (!reasoner.isEntailed(entailment)) {
                        throw new ConcertException(ErrorCode.NOT_ENTAILED, words.replace(" Type ", " is not a ")
                                + " as of " + asOf + unmet(reasoner, moduleOntology, entailment, renderer), subject, -1, -1, null);
                    }
                } finally {
                    running.set(null);
                    reasoner.dispose();
                }
                Supplier<OWLOntologyManager> managers = OWLManager::createOWLOntologyManager;
                // owlexplanation 5.0.0's ExplanationManager factory throws a NullPointerException: build it by hand.
                BlackBoxExplanationGeneratorFactory<OWLAxiom> factory = new BlackBoxExplanationGeneratorFactory<>(
                        new Configuration<>(new SatisfiabilityEntailmentCheckerFactory(new ReasonerFactory(), managers),
                                new StructuralTypePriorityExpansionStrategy<>(InitialEntailmentCheckStrategy.PERFORM, managers),
                                new DivideAndConquerContractionStrategy<>(), managers));
                ExplanationGenerator<OWLAxiom> generator = factory.createExplanationGenerator(module, monitor);
                List<Justification> justifications = new ArrayList<>();
                generator.getExplanations(entailment, max).stream()
                        .sorted(Comparator.comparingInt(e -> e.getSize()))
                        .forEach(e -> justifications.add(new Justification(e.getAxioms().stream()
                                .map(ax -> step(ax, renderer, names, data, snapshot))
                                .sorted(Comparator.comparing(Step::text)).toList())));
                return new Explanation(words, justifications);
            });
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancelled.set(true);
            if (running.get() instanceof Reasoner hermit) {
                hermit.interrupt();
            }
            throw new ConcertException(ErrorCode.REASONER_TIMEOUT, "no explanation within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConcertException(ErrorCode.REASONER_TIMEOUT, "interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConcertException ce) {
                throw ce;
            }
            throw new ConcertException(ErrorCode.REASONER_UNSUPPORTED, "explanation failed: " + e.getCause(), e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    /** The conjuncts of the class's equivalent definitions that the subject is not known to meet. */
    private static String unmet(OWLReasoner reasoner, OWLOntology ontology, OWLAxiom entailment,
                                ManchesterOWLSyntaxOWLObjectRendererImpl renderer) {
        if (!(entailment instanceof OWLClassAssertionAxiom ca) || ca.getClassExpression().isAnonymous()) {
            return "; the reasoner does not entail it from the data of that date";
        }
        OWLClass cls = ca.getClassExpression().asOWLClass();
        OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
        Set<String> missing = new LinkedHashSet<>();
        ontology.equivalentClassesAxioms(cls).forEach(eq -> eq.classExpressions().filter(ce -> !ce.equals(cls))
                .forEach(def -> def.asConjunctSet().forEach(conjunct -> {
                    if (!reasoner.isEntailed(df.getOWLClassAssertionAxiom(conjunct, ca.getIndividual()))) {
                        missing.add(renderer.render(conjunct));
                    }
                })));
        return missing.isEmpty() ? "; the reasoner does not entail it" : "; not met: " + String.join(", ", missing);
    }

    private static Step step(OWLAxiom axiom, ManchesterOWLSyntaxOWLObjectRendererImpl renderer, Names names,
                             Graph data, Graph snapshot) {
        String line = renderer.render(axiom).replaceAll("\\s+", " ");
        String source = null;
        if (axiom instanceof OWLObjectPropertyAssertionAxiom pa && pa.getObject().isNamed() && pa.getSubject().isNamed()) {
            Node s = NodeFactory.createURI(pa.getSubject().asOWLNamedIndividual().getIRI().toString());
            Node p = NodeFactory.createURI(pa.getProperty().asOWLObjectProperty().getIRI().toString());
            Node o = NodeFactory.createURI(pa.getObject().asOWLNamedIndividual().getIRI().toString());
            source = snapshot.contains(s, p, o) ? "derived for the snapshot from the dated membership records"
                    : names.axiomSources(data, s, p, o);
        } else if (axiom instanceof OWLClassAssertionAxiom ca && ca.getIndividual().isNamed()) {
            Node s = NodeFactory.createURI(ca.getIndividual().asOWLNamedIndividual().getIRI().toString());
            source = ca.getClassExpression().isAnonymous() ? "the snapshot's closure of membership" : names.sources(data, s);
        }
        List<String> entities = axiom.signature().map(e -> e.getIRI().toString()).sorted().toList();
        return new Step(line, entities, source);
    }

    private static OWLOntology fresh(Set<OWLAxiom> axioms) {
        try {
            return OWLManager.createOWLOntologyManager().createOntology(axioms);
        } catch (OWLOntologyCreationException e) {
            throw new ConcertException(ErrorCode.REASONER_UNSUPPORTED, e.getMessage(), e);
        }
    }

    /** Names for people, and the lookup of what a person typed. */
    private static final class Names implements ShortFormProvider {
        private final Map<String, String> shortForms = new HashMap<>();
        private final Map<String, Node> individuals = new HashMap<>();
        private final Graph data;

        Names(Graph schema, Graph data) {
            this.data = data;
            Node acronym = NodeFactory.createURI(CONCERT + "acronym");
            Node iso3 = NodeFactory.createURI(CONCERT + "isoAlpha3");
            Node iso2 = NodeFactory.createURI(CONCERT + "isoAlpha2");
            for (Graph g : List.of(schema, data)) {
                g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
                    if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                        shortForms.putIfAbsent(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                    }
                });
            }
            data.find(Node.ANY, acronym, Node.ANY).forEachRemaining(t -> {
                shortForms.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                individuals.put(t.getObject().getLiteralLexicalForm().toLowerCase(), t.getSubject());
            });
            for (Node code : List.of(iso3, iso2)) {
                data.find(Node.ANY, code, Node.ANY).forEachRemaining(t ->
                        individuals.putIfAbsent(t.getObject().getLiteralLexicalForm().toLowerCase(), t.getSubject()));
            }
        }

        @Override
        public String getShortForm(OWLEntity entity) {
            String iri = entity.getIRI().toString();
            if (entity.isOWLClass() || entity.isOWLObjectProperty() || entity.isOWLDataProperty()) {
                return entity.getIRI().getShortForm();
            }
            return shortForms.getOrDefault(iri, entity.getIRI().getShortForm());
        }

        Node individual(String name) {
            Node byName = individuals.get(name.toLowerCase());
            if (byName != null) {
                return byName;
            }
            if (name.contains("://")) {
                Node n = NodeFactory.createURI(name);
                if (data.contains(n, Node.ANY, Node.ANY)) {
                    return n;
                }
            }
            throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no state, organization or other individual of that name",
                    name, -1, -1, null);
        }

        Node term(String name, Graph schema) {
            List<String> candidates = new ArrayList<>();
            if (name.contains("://")) {
                candidates.add(name);
            } else {
                String local = name.contains(":") ? name.substring(name.indexOf(':') + 1) : name;
                candidates.add(CONCERT + local);
                candidates.add("http://www.w3.org/ns/org#" + local);
            }
            for (String c : candidates) {
                Node n = NodeFactory.createURI(c);
                if (schema.contains(n, RDF.type.asNode(), OWL2.Class.asNode())
                        || schema.contains(n, RDF.type.asNode(), OWL2.ObjectProperty.asNode())) {
                    return n;
                }
            }
            throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "no class or object property of that name", name, -1, -1, null);
        }

        String sources(Graph data, Node subject) {
            List<String> labels = new ArrayList<>();
            data.find(subject, NodeFactory.createURI("http://purl.org/dc/terms/source"), Node.ANY)
                    .forEachRemaining(t -> labels.add(shortForms.getOrDefault(t.getObject().toString(), t.getObject().toString())));
            return labels.isEmpty() ? null : String.join("; ", labels.stream().sorted().toList());
        }

        String axiomSources(Graph data, Node s, Node p, Node o) {
            Node source = NodeFactory.createURI("http://purl.org/dc/terms/source");
            List<String> labels = new ArrayList<>();
            for (Triple ax : data.find(Node.ANY, OWL2.annotatedSource.asNode(), s).toList()) {
                Node a = ax.getSubject();
                if (data.contains(a, OWL2.annotatedProperty.asNode(), p) && data.contains(a, OWL2.annotatedTarget.asNode(), o)) {
                    data.find(a, source, Node.ANY).forEachRemaining(t ->
                            labels.add(shortForms.getOrDefault(t.getObject().toString(), t.getObject().toString())));
                }
            }
            return labels.isEmpty() ? null : String.join("; ", labels.stream().sorted().toList());
        }
    }
}
