package org.concert.reasoning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.Explanation;
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
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDataPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * The work of one explanation, run on a thread of a {@link BatchRunner}: the locality module around the
 * entailment (first without the membership closure, whose nominals make every reasoner call slow), the check that
 * the entailment holds (else NOT_ENTAILED with the conjuncts the subject does not meet), and the justifications.
 */
final class JustificationSearch {
    private final Supplier<OWLOntology> withoutClosure;
    private final Supplier<OWLOntology> withClosure;
    private final EntityNames names;
    private final ManchesterOWLSyntaxOWLObjectRendererImpl renderer;
    private final Graph snapshot;

    JustificationSearch(Supplier<OWLOntology> withoutClosure, Supplier<OWLOntology> withClosure, EntityNames names,
                        ManchesterOWLSyntaxOWLObjectRendererImpl renderer, Graph snapshot) {
        this.withoutClosure = withoutClosure;
        this.withClosure = withClosure;
        this.names = names;
        this.renderer = renderer;
        this.snapshot = snapshot;
    }

    /**
     * At most {@code max} justifications of {@code entailment}, smallest first; {@code running} is told of each
     * HermiT started, so that the runner can interrupt it at the deadline.
     *
     * @param notEntailed what NOT_ENTAILED says before the unmet conjuncts
     */
    List<Explainer.Justification> justify(OWLAxiom entailment, int max, String notEntailed, String subject,
                                          Consumer<Reasoner> running) {
        Set<OWLAxiom> module = module(withoutClosure.get(), entailment);
        OWLOntology moduleOntology = fresh(module);
        Reasoner reasoner = start(moduleOntology, running);
        if (!reasoner.isEntailed(entailment)) {
            reasoner.dispose();
            // The membership-based classes need the closure: fall back to it.
            module = module(withClosure.get(), entailment);
            moduleOntology = fresh(module);
            reasoner = start(moduleOntology, running);
        }
        try {
            if (!reasoner.isEntailed(entailment)) {
                throw new ConcertException(ErrorCode.NOT_ENTAILED, notEntailed + unmet(reasoner, moduleOntology, entailment),
                        subject, -1, -1, null);
            }
        } finally {
            running.accept(null);
            reasoner.dispose();
        }
        List<Explainer.Justification> justifications = new ArrayList<>();
        generator(module).getExplanations(entailment, max).stream()
                .sorted(Comparator.comparingInt(Explanation::getSize))
                .forEach(e -> justifications.add(new Explainer.Justification(e.getAxioms().stream()
                        .map(this::step).sorted(Comparator.comparing(Explainer.Step::text)).toList())));
        return justifications;
    }

    private static Set<OWLAxiom> module(OWLOntology ontology, OWLAxiom entailment) {
        return new SyntacticLocalityModuleExtractor(ontology.getOWLOntologyManager(), ontology, ModuleType.STAR)
                .extract(entailment.getSignature());
    }

    private static Reasoner start(OWLOntology ontology, Consumer<Reasoner> running) {
        Reasoner reasoner = (Reasoner) new ReasonerFactory().createReasoner(ontology);
        running.accept(reasoner);
        return reasoner;
    }

    /** The explanation search over {@code module}; it stops between reasoner calls once its thread is interrupted. */
    private static ExplanationGenerator<OWLAxiom> generator(Set<OWLAxiom> module) {
        ExplanationProgressMonitor<OWLAxiom> monitor = new ExplanationProgressMonitor<>() {
            @Override
            public void foundExplanation(ExplanationGenerator<OWLAxiom> generator, Explanation<OWLAxiom> found,
                                         Set<Explanation<OWLAxiom>> all) {
                // nothing to report
            }

            @Override
            public boolean isCancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
        Supplier<OWLOntologyManager> managers = OWLManager::createOWLOntologyManager;
        // owlexplanation 5.0.0's ExplanationManager factory throws a NullPointerException: build it by hand.
        BlackBoxExplanationGeneratorFactory<OWLAxiom> factory = new BlackBoxExplanationGeneratorFactory<>(
                new Configuration<>(new SatisfiabilityEntailmentCheckerFactory(new ReasonerFactory(), managers),
                        new StructuralTypePriorityExpansionStrategy<>(InitialEntailmentCheckStrategy.PERFORM, managers),
                        new DivideAndConquerContractionStrategy<>(), managers));
        return factory.createExplanationGenerator(module, monitor);
    }

    /** The conjuncts of the class's equivalent definitions that the subject is not known to meet. */
    private String unmet(Reasoner reasoner, OWLOntology ontology, OWLAxiom entailment) {
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

    /** One axiom of a justification for people, with where a data axiom comes from. */
    private Explainer.Step step(OWLAxiom axiom) {
        String line = renderer.render(axiom).replaceAll("\\s+", " ");
        String source = null;
        if (axiom instanceof OWLObjectPropertyAssertionAxiom pa && pa.getObject().isNamed() && pa.getSubject().isNamed()) {
            Node s = NodeFactory.createURI(pa.getSubject().asOWLNamedIndividual().getIRI().toString());
            Node p = NodeFactory.createURI(pa.getProperty().asOWLObjectProperty().getIRI().toString());
            Node o = NodeFactory.createURI(pa.getObject().asOWLNamedIndividual().getIRI().toString());
            source = snapshot.contains(s, p, o) ? "derived for the snapshot from the dated membership records"
                    : names.axiomSources(s, p, o);
        } else if (axiom instanceof OWLClassAssertionAxiom ca && ca.getIndividual().isNamed()) {
            Node s = NodeFactory.createURI(ca.getIndividual().asOWLNamedIndividual().getIRI().toString());
            source = ca.getClassExpression().isAnonymous() ? "the snapshot's closure of membership" : names.sources(s);
        } else if (axiom instanceof OWLDataPropertyAssertionAxiom da && da.getSubject().isNamed()) {
            source = derivedSource(NodeFactory.createURI(da.getSubject().asOWLNamedIndividual().getIRI().toString()),
                    NodeFactory.createURI(da.getProperty().asOWLDataProperty().getIRI().toString()));
        }
        List<String> entities = axiom.signature().map(e -> e.getIRI().toString()).sorted().toList();
        return new Explainer.Step(line, entities, source);
    }

    /**
     * Where a data value the snapshot derived comes from: existence from the establishment date and its sources,
     * counts and completeness flags from the dated records and the completeness statements.
     */
    private String derivedSource(Node subject, Node property) {
        if (!snapshot.contains(subject, property, Node.ANY)) {
            return names.sources(subject);
        }
        if (property.equals(CONCERT.inExistence)) {
            String sources = names.sources(subject);
            return "derived for the snapshot from the establishment date" + (sources == null ? "" : " (" + sources + ")");
        }
        if (property.equals(CONCERT.membershipRecordComplete)) {
            return "derived for the snapshot from the organization's completeness statements";
        }
        return "derived for the snapshot from the dated membership records";
    }

    private static OWLOntology fresh(Set<OWLAxiom> axioms) {
        try {
            return OWLManager.createOWLOntologyManager().createOntology(axioms);
        } catch (OWLOntologyCreationException e) {
            throw new ConcertException(ErrorCode.REASONER_UNSUPPORTED, e.getMessage(), e);
        }
    }
}
