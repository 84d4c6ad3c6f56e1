package org.concert.reasoning;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLClassExpression;
import org.semanticweb.owlapi.model.OWLDataRestriction;
import org.semanticweb.owlapi.model.OWLEquivalentClassesAxiom;
import org.semanticweb.owlapi.model.OWLObjectAllValuesFrom;
import org.semanticweb.owlapi.model.OWLObjectHasSelf;
import org.semanticweb.owlapi.model.OWLObjectHasValue;
import org.semanticweb.owlapi.model.OWLObjectMinCardinality;
import org.semanticweb.owlapi.model.OWLObjectProperty;
import org.semanticweb.owlapi.model.OWLObjectPropertyExpression;
import org.semanticweb.owlapi.model.OWLObjectSomeValuesFrom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLQuantifiedObjectRestriction;
import org.semanticweb.owlapi.model.OWLSubClassOfAxiom;

/**
 * Which named types of a neighbour can matter to an individual, and through which links. A neighbour's class
 * matters when it is named in the filler of a restriction on the link between them ({@code ∃conductedBy.
 * RegionalArrangement} for an operation and the organization conducting it), is disjoint with such a class, or
 * constrains the neighbour's links ({@code ∀hasMember.FormerSovietRepublic} for the members of a post-Soviet
 * organization; {@code allianceItself Self}, which a chain turns into {@code protectedBy} for the members of an
 * alliance). Links are property expressions seen from the individual: {@code p} when it links to the neighbour,
 * {@code ^p} when the neighbour links to it; {@code *} stands for any link.
 *
 * @param rootsAbove for each named class, the classes above it (itself included) that can matter through some link
 * @param reach      for each such class, the property expressions through which it matters
 * @param supers     for each property expression, itself and every expression it implies (super-properties,
 *                   inverses, equivalents), so that a link by a sub-property counts
 */
record NeighbourRelevance(Map<String, Set<String>> rootsAbove, Map<String, Set<String>> reach,
                          Map<String, Set<String>> supers) {
    static final String ANY = "*";

    static NeighbourRelevance of(OWLOntology ontology, Reasoner reasoner) {
        Set<OWLObjectProperty> functional = new HashSet<>();
        ontology.axioms(AxiomType.FUNCTIONAL_OBJECT_PROPERTY).forEach(ax -> functional.add(ax.getProperty().getNamedProperty()));
        ontology.axioms(AxiomType.INVERSE_FUNCTIONAL_OBJECT_PROPERTY).forEach(ax -> functional.add(ax.getProperty().getNamedProperty()));
        Map<OWLClass, Set<String>> reach = new TreeMap<>();
        ontology.logicalAxioms().forEach(ax -> ax.nestedClassExpressions().forEach(ce -> {
            if (ce instanceof OWLQuantifiedObjectRestriction r) {
                r.getFiller().classesInSignature().forEach(c -> add(reach, c, expression(r.getProperty())));
            }
        }));
        ontology.axioms(AxiomType.DISJOINT_CLASSES).forEach(ax -> {
            Set<String> links = new TreeSet<>();
            ax.classesInSignature().forEach(c -> links.addAll(reach.getOrDefault(c, Set.of())));
            if (!links.isEmpty()) {
                ax.classesInSignature().forEach(c -> reach.computeIfAbsent(c, k -> new TreeSet<>()).addAll(links));
            }
        });
        ontology.logicalAxioms().forEach(ax -> constraints(ax, ontology, functional, reach));

        Map<String, Set<String>> rootsAbove = new TreeMap<>();
        ontology.classesInSignature().forEach(cls -> {
            Set<String> above = new TreeSet<>();
            Stream.concat(Stream.of(cls), Stream.concat(reasoner.getSuperClasses(cls, false).entities(),
                            reasoner.getEquivalentClasses(cls).entities()))
                    .filter(reach::containsKey).forEach(c -> above.add(c.getIRI().toString()));
            if (!above.isEmpty()) {
                rootsAbove.put(cls.getIRI().toString(), above);
            }
        });
        Map<String, Set<String>> reachByIri = new TreeMap<>();
        reach.forEach((c, links) -> reachByIri.put(c.getIRI().toString(), links));
        Map<String, Set<String>> supers = new TreeMap<>();
        ontology.objectPropertiesInSignature().forEach(p -> {
            for (OWLObjectPropertyExpression e : List.of(p, p.getInverseProperty())) {
                Set<String> implied = new TreeSet<>(List.of(expression(e)));
                Stream.concat(reasoner.getSuperObjectProperties(e, false).entities(),
                                reasoner.getEquivalentObjectProperties(e).entities())
                        .filter(q -> !q.isOWLTopObjectProperty()).forEach(q -> implied.add(expression(q)));
                supers.put(expression(e), implied);
            }
        });
        return new NeighbourRelevance(rootsAbove, reachByIri, supers);
    }

    /**
     * The links through which a class's superclasses constrain named neighbours: a universal or a value on
     * {@code q} reaches the neighbours that are {@code q}-successors ({@code ^q} from theirs), a self-restriction
     * those that chain through it, an existential on a functional property its one value; anything else
     * (unions, complements) any link. Existentials on other properties name only anonymous witnesses.
     */
    private static void constraints(OWLAxiom ax, OWLOntology ontology, Set<OWLObjectProperty> functional,
                                    Map<OWLClass, Set<String>> reach) {
        List<OWLClass> named;
        List<OWLClassExpression> supers;
        if (ax instanceof OWLSubClassOfAxiom sub && sub.getSubClass().isNamed()) {
            named = List.of(sub.getSubClass().asOWLClass());
            supers = List.of(sub.getSuperClass());
        } else if (ax instanceof OWLEquivalentClassesAxiom eq) {
            named = eq.namedClasses().toList();
            supers = eq.classExpressions().filter(OWLClassExpression::isAnonymous).toList();
        } else {
            return;
        }
        for (OWLClassExpression expression : supers) {
            for (OWLClassExpression conjunct : expression.getNNF().asConjunctSet()) {
                Set<String> links = new TreeSet<>();
                if (conjunct.isNamed() || conjunct instanceof OWLDataRestriction) {
                    continue;
                } else if (conjunct instanceof OWLObjectAllValuesFrom r) {
                    links.add(expression(r.getProperty().getInverseProperty()));
                } else if (conjunct instanceof OWLObjectHasValue r) {
                    links.add(expression(r.getProperty().getInverseProperty()));
                } else if (conjunct instanceof OWLObjectHasSelf r) {
                    chainHeads(ontology, r.getProperty(), links);
                } else if (conjunct instanceof OWLObjectSomeValuesFrom || conjunct instanceof OWLObjectMinCardinality) {
                    OWLObjectPropertyExpression q = ((OWLQuantifiedObjectRestriction) conjunct).getProperty();
                    if (functional.contains(q.getNamedProperty())) {
                        links.add(expression(q.getInverseProperty()));
                        links.add(expression(q));
                    }
                } else {
                    links.add(ANY);
                }
                named.forEach(c -> links.forEach(l -> add(reach, c, l)));
            }
        }
    }

    /** The first links of the property chains whose later links {@code q} can fill (any link when unsure). */
    private static void chainHeads(OWLOntology ontology, OWLObjectPropertyExpression q, Set<String> links) {
        ontology.axioms(AxiomType.SUB_PROPERTY_CHAIN_OF).forEach(ax -> {
            List<OWLObjectPropertyExpression> chain = ax.getPropertyChain();
            if (chain.subList(1, chain.size()).stream().anyMatch(p -> p.getNamedProperty().equals(q.getNamedProperty()))) {
                links.add(expression(chain.get(0)));
            }
        });
        if (q.isAnonymous()) {
            links.add(ANY);
        }
    }

    private static void add(Map<OWLClass, Set<String>> reach, OWLClass c, String link) {
        reach.computeIfAbsent(c, k -> new TreeSet<>()).add(link);
    }

    /** {@code p} for a property, {@code ^p} for its inverse. */
    static String expression(OWLObjectPropertyExpression e) {
        OWLObjectPropertyExpression simplified = e.getSimplified();
        return (simplified.isAnonymous() ? "^" : "") + simplified.getNamedProperty().getIRI();
    }

    /** Whether a class that matters through {@code links} matters through a link seen as {@code edge}. */
    boolean matters(Set<String> links, String edge) {
        if (links.contains(ANY) || edge.equals(ANY)) {
            return true;
        }
        Set<String> implied = supers.get(edge);
        if (implied == null) {
            return true;
        }
        for (String l : links) {
            if (implied.contains(l)) {
                return true;
            }
        }
        return false;
    }
}
