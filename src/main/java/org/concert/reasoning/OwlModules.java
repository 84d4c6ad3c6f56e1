package org.concert.reasoning;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLEntity;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.InferenceType;
import uk.ac.manchester.cs.owlapi.modularity.ModuleType;
import uk.ac.manchester.cs.owlapi.modularity.SyntacticLocalityModuleExtractor;

/**
 * The OWLAPI side of modular reasoning: the whole reasoner input as one ontology (bridged once, only when some
 * module is not in the cache), its assertions indexed by the individual they are about, and HermiT runs over
 * batches of modules. Each run sees the batch's assertions, the neighbours' known types, and the syntactic
 * locality module (bottom) of the terminology for their signature, which keeps every entailment over that
 * signature (Cuenca Grau, Horrocks, Kazakov and Sattler, JAIR 31, 2008) and leaves out the rest.
 */
final class OwlModules {
    private final OWLOntology whole;
    private final OWLDataFactory factory;
    private final List<OWLAxiom> terminology = new ArrayList<>();
    private final Map<IRI, List<OWLAxiom>> owned = new HashMap<>();
    private final SyntacticLocalityModuleExtractor extractor;
    private final Map<Set<OWLEntity>, Set<OWLAxiom>> terminologyModules = new HashMap<>();
    private final ThreadLocal<OWLOntologyManager> managers = ThreadLocal.withInitial(OWLManager::createOWLOntologyManager);

    OwlModules(Graph input) {
        this.whole = OwlBridge.toOntology(input);
        this.factory = whole.getOWLOntologyManager().getOWLDataFactory();
        whole.axioms().forEach(ax -> {
            if (!ax.isOfType(AxiomType.ABoxAxiomTypes)) {
                terminology.add(ax);
            } else if (ax instanceof OWLClassAssertionAxiom ca) {
                if (ca.getIndividual().isNamed()) {
                    own(ca.getIndividual().asOWLNamedIndividual(), ax);
                }
            } else {
                ax.individualsInSignature().forEach(i -> own(i, ax));
            }
        });
        this.extractor = new SyntacticLocalityModuleExtractor(whole.getOWLOntologyManager(), terminology.stream(),
                ModuleType.BOT);
    }

    private void own(OWLNamedIndividual individual, OWLAxiom axiom) {
        owned.computeIfAbsent(individual.getIRI(), k -> new ArrayList<>()).add(axiom);
    }

    /** The terminology's profile, classified by HermiT with the types of the individuals it names. */
    TboxProfile profile() {
        Set<OWLAxiom> axioms = new HashSet<>(terminology);
        terminology.stream().filter(OWLAxiom::isLogicalAxiom).flatMap(OWLAxiom::individualsInSignature)
                .forEach(i -> owned.getOrDefault(i.getIRI(), List.of()).stream()
                        .filter(OWLClassAssertionAxiom.class::isInstance).forEach(axioms::add));
        OWLOntology ontology = ontology(axioms);
        Reasoner reasoner = new Reasoner(new Configuration(), ontology);
        try {
            reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY);
            return TerminologyAnalysis.profile(ontology, reasoner);
        } finally {
            reasoner.dispose();
            managers.get().removeOntology(ontology);
        }
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
        Set<OWLAxiom> axioms = new HashSet<>();
        for (Node home : homes) {
            axioms.addAll(owned.getOrDefault(IRI.create(home.getURI()), List.of()));
        }
        neighbourTypes.forEach((n, types) -> types.forEach(c -> axioms.add(factory.getOWLClassAssertionAxiom(
                factory.getOWLClass(IRI.create(c.getURI())), factory.getOWLNamedIndividual(IRI.create(n.getURI()))))));
        Set<OWLEntity> signature = axioms.stream().flatMap(OWLAxiom::signature)
                .filter(e -> !e.isOWLNamedIndividual()).collect(Collectors.toCollection(HashSet::new));
        axioms.addAll(terminologyModule(signature));
        OWLOntology ontology = ontology(axioms);
        Reasoner reasoner = new Reasoner(new Configuration(), ontology);
        running.accept(reasoner);
        try {
            if (!reasoner.isConsistent()) {
                throw new ConcertException(ErrorCode.INCONSISTENT, "the knowledge base is inconsistent: "
                        + HermitReasoner.inconsistencyJustification(assertedContext(homes, neighbourTypes.keySet())));
            }
            Map<Node, List<String>> out = new HashMap<>();
            for (Node home : homes) {
                out.put(home, conclusions(reasoner, ontology, home, derivable));
            }
            return out;
        } finally {
            running.accept(null);
            reasoner.dispose();
            managers.get().removeOntology(ontology);
        }
    }

    /**
     * What the homes and their neighbours assert, with the terminology: the context in which to justify an
     * inconsistency, so that the justification cites asserted axioms rather than the types passed between
     * modules. The whole input when that context alone is consistent.
     */
    private OWLOntology assertedContext(List<Node> homes, Set<Node> neighbours) {
        Set<OWLAxiom> axioms = new HashSet<>(terminology);
        for (Node n : homes) {
            axioms.addAll(owned.getOrDefault(IRI.create(n.getURI()), List.of()));
        }
        for (Node n : neighbours) {
            axioms.addAll(owned.getOrDefault(IRI.create(n.getURI()), List.of()));
        }
        OWLOntology context = ontology(axioms);
        Reasoner reasoner = new Reasoner(new Configuration(), context);
        try {
            return reasoner.isConsistent() ? whole : context;
        } finally {
            reasoner.dispose();
        }
    }

    private List<String> conclusions(Reasoner reasoner, OWLOntology ontology, Node home, Set<String> derivable) {
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

    private Set<OWLAxiom> terminologyModule(Set<OWLEntity> signature) {
        synchronized (terminologyModules) {
            return terminologyModules.computeIfAbsent(signature, extractor::extract);
        }
    }

    private OWLOntology ontology(Set<OWLAxiom> axioms) {
        try {
            return managers.get().createOntology(axioms);
        } catch (OWLOntologyCreationException e) {
            throw new ConcertException(ErrorCode.REASONER_UNSUPPORTED, "a module could not be built: " + e.getMessage(), e);
        }
    }
}
