package org.concert.reasoning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.ORG;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owl.explanation.api.ExplanationGenerator;
import org.semanticweb.owl.explanation.impl.blackbox.checker.InconsistentOntologyExplanationGeneratorFactory;
import org.semanticweb.owlapi.manchestersyntax.renderer.ManchesterOWLSyntaxOWLObjectRendererImpl;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLObjectPropertyExpression;
import org.semanticweb.owlapi.model.OWLObjectAllValuesFrom;
import org.semanticweb.owlapi.model.OWLObjectExactCardinality;
import org.semanticweb.owlapi.model.OWLObjectMaxCardinality;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLQuantifiedObjectRestriction;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs HermiT over a Jena graph and returns what it concludes as Jena triples. This is the only class that
 * knows OWLAPI and HermiT.
 *
 * <p>Stages: bridge (Jena to OWLAPI), consistency, classification, realization (types of every named
 * individual), property realization (values of the properties that inverses, chains or sub-properties can
 * derive), write-back (only what is not already asserted).
 */
final class HermitReasoner {
    private static final Logger LOG = LoggerFactory.getLogger(HermitReasoner.class);
    private static final String OWL_THING = "http://www.w3.org/2002/07/owl#Thing";
    private static final String OWL_NOTHING = "http://www.w3.org/2002/07/owl#Nothing";

    /** What one run produced. */
    public record Result(Graph inferred, List<Stage> stages) {
    }

    private HermitReasoner() {
    }

    /**
     * Reasons over {@code input} and returns the inferred triples that {@code asserted} does not already hold,
     * in two passes. The main pass (consistency, classification, realization of every individual,
     * property values) runs over {@code input}. The closure pass adds {@code closure}, the snapshot's membership
     * closure axioms ({@code ORG a (org:hasMember only {...})}), and asks only whether each organization they close
     * is an instance of the classes the closure can decide ({@link #closureSensitiveClasses}). Closure axioms turn
     * every member link into a disjunction over the members (193 for the UN), so giving them to the main pass made
     * realizing every individual cost seconds; only those types of the organizations can depend on them.
     */
    public static Result materialize(Graph input, Graph closure, Predicate<Triple> asserted, Duration timeout) {
        StageTimer timer = new StageTimer();
        try (BatchRunner runner = new BatchRunner(1, timeout)) {
            return new Result(runner.call(run(input, closure, asserted, timer, runner::running)), timer.stages());
        }
    }

    private static Callable<Graph> run(Graph input, Graph closure, Predicate<Triple> asserted, StageTimer timer,
                                       Consumer<Reasoner> running) {
        return () -> {
            OWLOntology ontology = OwlBridge.toOntology(input);
            timer.stage("bridge", ontology.getAxiomCount() + " axioms");

            Reasoner reasoner = new Reasoner(new Configuration(), ontology);
            running.accept(reasoner);
            try {
                boolean consistent = reasoner.isConsistent();
                timer.stage("consistency", consistent ? "consistent" : "INCONSISTENT");
                if (!consistent) {
                    throw new ConcertException(ErrorCode.INCONSISTENT,
                            "the knowledge base is inconsistent: " + inconsistencyJustification(ontology));
                }
                reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY);
                timer.stage("classification", ontology.getClassesInSignature().size() + " classes");
                reasoner.precomputeInferences(InferenceType.CLASS_ASSERTIONS);
                timer.stage("realization", ontology.getIndividualsInSignature().size() + " individuals");

                Graph inferred = GraphFactory.createGraphMem();
                writeTypes(reasoner, ontology, inferred, asserted);
                writeSubClasses(reasoner, ontology, inferred, asserted);
                long types = inferred.size();
                Set<OWLObjectProperty> derivable = derivableProperties(ontology);
                writePropertyValues(reasoner, ontology, derivable, inferred, asserted);
                timer.stage("write-back", types + " types and subclass links, "
                        + (inferred.size() - types) + " property values of " + derivable.size() + " derivable properties");
                if (!closure.isEmpty()) {
                    long before = inferred.size();
                    int closed = closurePass(input, closure, asserted, inferred, running);
                    timer.stage("closure", (inferred.size() - before) + " types of " + closed
                            + " organizations with closed membership");
                }
                return inferred;
            } finally {
                reasoner.dispose();
            }
        };
    }

    private static int closurePass(Graph input, Graph closure, Predicate<Triple> asserted, Graph inferred,
                                   Consumer<Reasoner> running) {
        Graph both = GraphFactory.createGraphMem();
        input.find().forEachRemaining(both::add);
        closure.find().forEachRemaining(both::add);
        OWLOntology ontology = OwlBridge.toOntology(both);
        Reasoner reasoner = new Reasoner(new Configuration(), ontology);
        running.accept(reasoner);
        try {
            if (!reasoner.isConsistent()) {
                throw new ConcertException(ErrorCode.INCONSISTENT,
                        "the knowledge base is inconsistent with the snapshot's membership closure: some organization "
                                + "is said to have a member that the membership records do not give it");
            }
            List<Node> organizations = closure.find(Node.ANY, RDF.type.asNode(), Node.ANY)
                    .mapWith(Triple::getSubject).filterKeep(Node::isURI).toSet().stream()
                    .sorted(Comparator.comparing(Node::getURI)).toList();
            OWLDataFactory factory = ontology.getOWLOntologyManager().getOWLDataFactory();
            List<OWLClass> closureSensitive = closureSensitiveClasses(ontology);
            for (Node organization : organizations) {
                OWLNamedIndividual individual = factory.getOWLNamedIndividual(IRI.create(organization.getURI()));
                for (OWLClass type : closureSensitive) {
                    if (reasoner.isEntailed(factory.getOWLClassAssertionAxiom(type, individual))) {
                        add(inferred, asserted, Triple.create(organization, RDF.type.asNode(), node(type.getIRI())));
                    }
                }
            }
            return organizations.size();
        } finally {
            reasoner.dispose();
        }
    }

    /**
     * The named classes whose definitions can only be decided with the membership closure: those that restrict
     * org:hasMember universally or from above (only, max, exactly). Everything else the main pass has settled, so
     * the closure pass asks only about these (measured: a full type query per organization took seconds).
     */
    static List<OWLClass> closureSensitiveClasses(OWLOntology ontology) {
        IRI hasMember = IRI.create(ORG.hasMember.asNode().getURI());
        List<OWLClass> out = new ArrayList<>();
        ontology.classesInSignature().sorted().forEach(cls -> {
            boolean sensitive = ontology.equivalentClassesAxioms(cls)
                    .flatMap(ax -> ax.classExpressions())
                    .flatMap(ce -> ce.nestedClassExpressions())
                    .anyMatch(ce -> (ce instanceof OWLObjectAllValuesFrom || ce instanceof OWLObjectMaxCardinality
                            || ce instanceof OWLObjectExactCardinality)
                            && ((OWLQuantifiedObjectRestriction) ce).getProperty().getNamedProperty().getIRI().equals(hasMember));
            if (sensitive) {
                out.add(cls);
            }
        });
        return out;
    }

    /**
     * One minimal set of axioms that together contradict each other, rendered in Manchester syntax, found with
     * owlexplanation; bounded to 20 s, after which only the fact of inconsistency is reported.
     */
    static String inconsistencyJustification(OWLOntology ontology) {
        try {
            OWLDataFactory df = ontology.getOWLOntologyManager().getOWLDataFactory();
            ExplanationGenerator<OWLAxiom> generator = new InconsistentOntologyExplanationGeneratorFactory(
                    new ReasonerFactory(), df, OWLManager::createOWLOntologyManager, 20_000).createExplanationGenerator(ontology);
            var explanations = generator.getExplanations(df.getOWLSubClassOfAxiom(df.getOWLThing(), df.getOWLNothing()), 1);
            if (explanations.isEmpty()) {
                return "some statement contradicts a definition or a disjointness";
            }
            ManchesterOWLSyntaxOWLObjectRendererImpl renderer = new ManchesterOWLSyntaxOWLObjectRendererImpl();
            List<String> axioms = explanations.iterator().next().getAxioms().stream()
                    .map(ax -> renderer.render(ax).replaceAll("\\s+", " ").strip()).sorted().toList();
            return "these axioms contradict each other: " + String.join("; ", axioms);
        } catch (RuntimeException e) {
            LOG.debug("no justification of the inconsistency", e);
            return "some statement contradicts a definition or a disjointness (no justification found in time)";
        }
    }

    private static void writeTypes(Reasoner reasoner, OWLOntology ontology, Graph out, Predicate<Triple> asserted) {
        for (OWLNamedIndividual individual : sorted(ontology.getIndividualsInSignature())) {
            Node s = node(individual.getIRI());
            reasoner.getTypes(individual, false).entities().forEach(type -> {
                if (!type.isOWLThing()) {
                    add(out, asserted, Triple.create(s, RDF.type.asNode(), node(type.getIRI())));
                }
            });
        }
    }

    private static void writeSubClasses(Reasoner reasoner, OWLOntology ontology, Graph out, Predicate<Triple> asserted) {
        for (OWLClass cls : sorted(ontology.getClassesInSignature())) {
            if (cls.isOWLThing() || cls.isOWLNothing()) {
                continue;
            }
            Node s = node(cls.getIRI());
            reasoner.getSuperClasses(cls, true).entities().forEach(sup -> {
                String iri = sup.getIRI().toString();
                if (!iri.equals(OWL_THING) && !iri.equals(OWL_NOTHING)) {
                    add(out, asserted, Triple.create(s, RDFS.subClassOf.asNode(), node(sup.getIRI())));
                }
            });
        }
    }

    private static void writePropertyValues(Reasoner reasoner, OWLOntology ontology, Set<OWLObjectProperty> properties,
                                            Graph out, Predicate<Triple> asserted) {
        for (OWLObjectProperty property : sorted(properties)) {
            Node p = node(property.getIRI());
            for (OWLNamedIndividual individual : sorted(ontology.getIndividualsInSignature())) {
                Node s = node(individual.getIRI());
                reasoner.getObjectPropertyValues(individual, property).entities()
                        .forEach(value -> add(out, asserted, Triple.create(s, p, node(value.getIRI()))));
            }
        }
    }

    /** Properties whose values a reasoner can derive: inverses, super-properties of chains and sub-properties. */
    static Set<OWLObjectProperty> derivableProperties(OWLOntology ontology) {
        Set<OWLObjectProperty> derivable = new TreeSet<>();
        ontology.axioms(AxiomType.INVERSE_OBJECT_PROPERTIES).forEach(ax -> ax.properties()
                .filter(OWLObjectPropertyExpression::isNamed)
                .forEach(p -> derivable.add(p.asOWLObjectProperty())));
        ontology.axioms(AxiomType.SUB_PROPERTY_CHAIN_OF).forEach(ax -> {
            if (ax.getSuperProperty().isNamed()) {
                derivable.add(ax.getSuperProperty().asOWLObjectProperty());
            }
        });
        ontology.axioms(AxiomType.SUB_OBJECT_PROPERTY).forEach(ax -> {
            if (ax.getSuperProperty().isNamed() && !ax.getSuperProperty().isOWLTopObjectProperty()) {
                derivable.add(ax.getSuperProperty().asOWLObjectProperty());
            }
        });
        ontology.axioms(AxiomType.SYMMETRIC_OBJECT_PROPERTY).forEach(ax -> {
            if (ax.getProperty().isNamed()) {
                derivable.add(ax.getProperty().asOWLObjectProperty());
            }
        });
        ontology.axioms(AxiomType.TRANSITIVE_OBJECT_PROPERTY).forEach(ax -> {
            if (ax.getProperty().isNamed()) {
                derivable.add(ax.getProperty().asOWLObjectProperty());
            }
        });
        return derivable;
    }

    private static void add(Graph out, Predicate<Triple> asserted, Triple t) {
        if (!asserted.test(t)) {
            out.add(t);
        }
    }

    private static <T extends Comparable<? super T>> List<T> sorted(Set<T> items) {
        List<T> list = new ArrayList<>(items);
        Collections.sort(list);
        return list;
    }

    private static Node node(IRI iri) {
        return NodeFactory.createURI(iri.toString());
    }
}
