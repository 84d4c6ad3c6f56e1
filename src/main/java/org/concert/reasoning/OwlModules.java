package org.concert.reasoning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * The OWLAPI side of modular reasoning: HermiT runs over batches of modules. Each run bridges only the batch's
 * own assertions (with the declarations they use) and sees, besides them, the neighbours' known types and the
 * bottom syntactic locality module of the terminology for that signature, which keeps every entailment over the
 * signature (Cuenca Grau, Horrocks, Kazakov and Sattler, JAIR 31, 2008) and leaves out the rest.
 */
final class OwlModules {
    private static final ThreadLocal<OWLOntologyManager> MANAGERS = ThreadLocal.withInitial(OWLManager::createOWLOntologyManager);

    private final OwlTerminology terminology;
    private final AboxModules modules;

    OwlModules(OwlTerminology terminology, AboxModules modules) {
        this.terminology = terminology;
        this.modules = modules;
    }

    /**
     * Runs HermiT over the modules of {@code homes} and returns, for each home, what it concluded: lines
     * {@code T CLASS} for its named types and {@code P PROPERTY VALUE} for derivable property values.
     *
     * @param neighbourTypes the relevant named types each neighbour of the homes is known to have
     * @param running        told the reasoner while it runs, so that a timeout can interrupt it
     * @throws ConcertException INCONSISTENT when the batch's modules are inconsistent
     */
    Map<Node, List<String>> reason(List<Node> homes, Map<Node, SortedSet<Node>> neighbourTypes,
                                   Set<String> derivable, Consumer<Reasoner> running) {
        Set<OWLAxiom> axioms = assertions(homes);
        OWLDataFactory factory = MANAGERS.get().getOWLDataFactory();
        neighbourTypes.forEach((n, types) -> types.forEach(c -> axioms.add(factory.getOWLClassAssertionAxiom(
                factory.getOWLClass(IRI.create(c.getURI())), factory.getOWLNamedIndividual(IRI.create(n.getURI()))))));
        Set<OWLEntity> signature = axioms.stream().flatMap(OWLAxiom::signature)
                .filter(e -> !e.isOWLNamedIndividual()).collect(Collectors.toCollection(HashSet::new));
        axioms.addAll(terminology.module(signature));
        OWLOntology ontology = ontology(axioms);
        Reasoner reasoner = new Reasoner(new Configuration(), ontology);
        running.accept(reasoner);
        try {
            if (!reasoner.isConsistent()) {
                throw new ConcertException(ErrorCode.INCONSISTENT, "the knowledge base is inconsistent: "
                        + HermitReasoner.inconsistencyJustification(assertedContext(homes, neighbourTypes.keySet())));
            }
            Map<Node, List<String>> out = AboxModules.sortedMap();
            for (Node home : homes) {
                out.put(home, conclusions(reasoner, ontology, factory, home, derivable));
            }
            return out;
        } finally {
            running.accept(null);
            reasoner.dispose();
            MANAGERS.get().removeOntology(ontology);
        }
    }

    /**
     * The assertions of the homes' modules (their own and those pointing at them): plain ones turned into axioms
     * directly, anonymous class expressions (membership closures) read by OWLAPI's parser.
     */
    private Set<OWLAxiom> assertions(List<Node> homes) {
        Graph plain = modules.assertionGraph(homes);
        Set<OWLAxiom> axioms = AssertionAxioms.of(plain, modules.declarations(), MANAGERS.get().getOWLDataFactory());
        if (axioms == null) {
            axioms = bridge(plain);
        }
        for (Node home : homes) {
            if (!modules.expressions(home).isEmpty()) {
                axioms.addAll(bridge(modules.expressionGraph(home)));
            }
        }
        return axioms;
    }

    /** The assertions among these triples, read by OWLAPI's parser. */
    private static Set<OWLAxiom> bridge(Graph triples) {
        OWLOntology bridged = OwlBridge.toOntology(triples);
        try {
            return bridged.axioms().filter(ax -> ax.isOfType(AxiomType.ABoxAxiomTypes))
                    .collect(Collectors.toCollection(HashSet::new));
        } finally {
            bridged.getOWLOntologyManager().removeOntology(bridged);
        }
    }

    /**
     * What the homes and their neighbours assert, with the terminology: the context in which to justify an
     * inconsistency, so that the justification cites asserted axioms rather than the types passed between
     * modules. The whole input when that context alone is consistent.
     */
    private OWLOntology assertedContext(List<Node> homes, Set<Node> neighbours) {
        List<Node> near = new ArrayList<>(homes);
        near.addAll(neighbours);
        Set<OWLAxiom> axioms = assertions(near);
        axioms.addAll(terminology.axioms());
        OWLOntology context = ontology(axioms);
        Reasoner reasoner = new Reasoner(new Configuration(), context);
        try {
            if (!reasoner.isConsistent()) {
                return context;
            }
        } finally {
            reasoner.dispose();
        }
        Set<OWLAxiom> all = assertions(new ArrayList<>(modules.individuals()));
        all.addAll(terminology.axioms());
        return ontology(all);
    }

    private static List<String> conclusions(Reasoner reasoner, OWLOntology ontology, OWLDataFactory factory, Node home,
                                            Set<String> derivable) {
        List<String> lines = new ArrayList<>();
        OWLNamedIndividual individual = factory.getOWLNamedIndividual(IRI.create(home.getURI()));
        if (!ontology.containsIndividualInSignature(individual.getIRI())) {
            return lines;
        }
        Set<String> types = new TreeSet<>();
        reasoner.getTypes(individual, false).entities()
                .filter(c -> !c.isOWLThing()).forEach(c -> types.add(c.getIRI().toString()));
        types.forEach(t -> lines.add("T " + t));
        for (String p : derivable) {
            OWLObjectProperty property = factory.getOWLObjectProperty(IRI.create(p));
            if (!ontology.containsObjectPropertyInSignature(property.getIRI())) {
                continue;
            }
            Set<String> values = new TreeSet<>();
            reasoner.getObjectPropertyValues(individual, property).entities()
                    .forEach(v -> values.add(v.getIRI().toString()));
            values.forEach(v -> lines.add("P " + p + " " + v));
        }
        return lines;
    }

    /** Bridges a small graph and asks HermiT every kind of question a module run asks, to load and warm the code. */
    static void warmUp(Graph graph) {
        OWLOntology ontology = OwlBridge.toOntology(graph);
        Reasoner reasoner = new Reasoner(new Configuration(), ontology);
        try {
            reasoner.isConsistent();
            ontology.individualsInSignature().forEach(i -> {
                reasoner.getTypes(i, false);
                ontology.objectPropertiesInSignature().forEach(p -> reasoner.getObjectPropertyValues(i, p));
            });
            SyntacticLocalityModuleExtractor extractor = new SyntacticLocalityModuleExtractor(
                    ontology.getOWLOntologyManager(), ontology.axioms(), ModuleType.BOT);
            extractor.extract(ontology.classesInSignature().collect(Collectors.toSet()));
        } finally {
            reasoner.dispose();
        }
    }

    /** A new ontology of these axioms, in this thread's manager (remove it when done). */
    static OWLOntology ontology(Set<OWLAxiom> axioms) {
        try {
            return MANAGERS.get().createOntology(axioms);
        } catch (OWLOntologyCreationException e) {
            throw new ConcertException(ErrorCode.REASONER_UNSUPPORTED, "a module could not be built: " + e.getMessage(), e);
        }
    }
}
