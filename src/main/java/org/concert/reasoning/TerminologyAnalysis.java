package org.concert.reasoning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.ClassExpressionType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLEquivalentClassesAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyDomainAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyExpression;
import org.semanticweb.owlapi.model.OWLObjectPropertyRangeAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLQuantifiedObjectRestriction;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;
import org.semanticweb.owlapi.model.OWLSubPropertyChainOfAxiom;

/**
 * Reads a classified terminology for what modular reasoning needs ({@link TboxProfile}), and decides whether
 * modules are complete for it.
 *
 * <p>Modules pass between individuals only their named types. That loses nothing when whatever an individual
 * must be for a neighbour's sake is a named class: restriction fillers are built from named classes and
 * nominals, a class with restrictions among its superclasses is named, a general inclusion has a named (or
 * conjunction of named) superclass, and domains and ranges carry no restrictions. Property chains have two
 * links, and nothing asserts the second (its values come from a class, like {@code concert:allianceItself}).
 * Transitive properties, upper cardinalities, keys and rules are left to a whole run.
 */
final class TerminologyAnalysis {
    private static final Set<ClassExpressionType> PLAIN_FILLER = Set.of(ClassExpressionType.OWL_CLASS,
            ClassExpressionType.OBJECT_ONE_OF, ClassExpressionType.OBJECT_INTERSECTION_OF,
            ClassExpressionType.OBJECT_UNION_OF, ClassExpressionType.OBJECT_COMPLEMENT_OF);
    private static final Set<ClassExpressionType> OBJECT_RESTRICTIONS = Set.of(
            ClassExpressionType.OBJECT_SOME_VALUES_FROM, ClassExpressionType.OBJECT_ALL_VALUES_FROM,
            ClassExpressionType.OBJECT_HAS_VALUE, ClassExpressionType.OBJECT_HAS_SELF,
            ClassExpressionType.OBJECT_MIN_CARDINALITY, ClassExpressionType.OBJECT_MAX_CARDINALITY,
            ClassExpressionType.OBJECT_EXACT_CARDINALITY);

    private TerminologyAnalysis() {
    }

    static TboxProfile profile(OWLOntology ontology, Reasoner reasoner) {
        List<String> unsupported = new ArrayList<>();
        ontology.logicalAxioms().forEach(ax -> {
            ax.nestedClassExpressions().forEach(ce -> {
                if (ce instanceof OWLQuantifiedObjectRestriction r
                        && !r.getFiller().nestedClassExpressions().allMatch(f -> PLAIN_FILLER.contains(f.getClassExpressionType()))) {
                    unsupported.add("a restriction filler with nested restrictions: " + r);
                }
                if (ce.getClassExpressionType() == ClassExpressionType.OBJECT_MAX_CARDINALITY
                        || ce.getClassExpressionType() == ClassExpressionType.OBJECT_EXACT_CARDINALITY) {
                    unsupported.add("an upper cardinality on an object property: " + ce);
                }
            });
            inspect(ax, unsupported);
        });
        Set<String> derivable = new TreeSet<>();
        HermitReasoner.derivableProperties(ontology).forEach(p -> derivable.add(p.getIRI().toString()));
        return new TboxProfile(NeighbourRelevance.of(ontology, reasoner), derivable, chainTails(ontology, reasoner, unsupported),
                subClassLinks(ontology, reasoner), unsupported);
    }

    private static void inspect(OWLAxiom ax, List<String> unsupported) {
        if (ax instanceof OWLSubClassOfAxiom sub) {
            if (sub.getSubClass().isAnonymous() && !sub.getSuperClass().asConjunctSet().stream().allMatch(OWLClassExpression::isNamed)) {
                unsupported.add("a general inclusion whose superclass is not named: " + ax);
            }
        } else if (ax instanceof OWLEquivalentClassesAxiom eq) {
            if (eq.namedClasses().findAny().isEmpty()) {
                unsupported.add("an equivalence between anonymous classes: " + ax);
            }
        } else if (ax instanceof OWLObjectPropertyDomainAxiom d && hasObjectRestriction(d.getDomain())
                || ax instanceof OWLObjectPropertyRangeAxiom r && hasObjectRestriction(r.getRange())) {
            unsupported.add("a domain or range with restrictions: " + ax);
        } else if (ax.isOfType(AxiomType.TRANSITIVE_OBJECT_PROPERTY, AxiomType.HAS_KEY, AxiomType.SWRL_RULE)) {
            unsupported.add("not covered by modules: " + ax.getAxiomType());
        }
    }

    private static boolean hasObjectRestriction(OWLClassExpression ce) {
        return ce.nestedClassExpressions().anyMatch(n -> OBJECT_RESTRICTIONS.contains(n.getClassExpressionType()));
    }

    private static Set<String> chainTails(OWLOntology ontology, Reasoner reasoner, List<String> unsupported) {
        Set<String> tails = new TreeSet<>();
        ontology.axioms(AxiomType.SUB_PROPERTY_CHAIN_OF).forEach((OWLSubPropertyChainOfAxiom ax) -> {
            List<OWLObjectPropertyExpression> chain = ax.getPropertyChain();
            if (chain.size() > 2) {
                unsupported.add("a property chain of more than two links: " + ax);
            }
            for (OWLObjectPropertyExpression p : chain.subList(1, chain.size())) {
                tails.add(p.getNamedProperty().getIRI().toString());
                reasoner.getSubObjectProperties(p, false).entities().filter(q -> !q.isOWLBottomObjectProperty())
                        .forEach(q -> tails.add(q.getNamedProperty().getIRI().toString()));
            }
        });
        return tails;
    }

    private static List<String[]> subClassLinks(OWLOntology ontology, Reasoner reasoner) {
        List<String[]> links = new ArrayList<>();
        ontology.classesInSignature().sorted().forEach(cls -> {
            if (cls.isOWLThing() || cls.isOWLNothing()) {
                return;
            }
            reasoner.getSuperClasses(cls, true).entities().sorted().forEach(sup -> {
                if (!sup.isOWLThing() && !sup.isOWLNothing()) {
                    links.add(new String[] {cls.getIRI().toString(), sup.getIRI().toString()});
                }
            });
        });
        return links;
    }
}
