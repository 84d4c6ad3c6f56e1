package org.concert.reasoning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.manchestersyntax.renderer.ManchesterOWLSyntaxOWLObjectRendererImpl;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;

/**
 * Explains an entailment of a reasoned snapshot: the justifications (minimal sets of axioms) for an inferred
 * type or property assertion, computed with HermiT through owlexplanation over a locality module around the
 * entailment ({@link JustificationSearch}), capped in number and bounded in time, and rendered for a person:
 * entities by acronym or label ({@link EntityNames}), axioms in Manchester syntax, data axioms with their sources.
 * When the entailment does not hold it says which conjuncts of the class's definition the subject does not meet.
 *
 * @since 0.1.0
 */
public final class Explainer {
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

    /**
     * What is asked.
     *
     * @param subject an individual, by IRI, acronym, ISO code or local name
     * @param target  a class or object property, by IRI or local name in Concert's namespace
     * @param object  the property value (null for a class)
     * @param max     the most justifications to compute
     * @param asOf    the snapshot date, which a NOT_ENTAILED message names
     * @param timeout the limit for the whole explanation
     * @since 0.2.0
     */
    public record Question(String subject, String target, String object, int max, LocalDate asOf, Duration timeout) {
        /** {@link ErrorCode#USAGE} unless {@code max} is from 1 to {@value #MAX_JUSTIFICATIONS}. */
        public Question {
            if (max < 1 || max > MAX_JUSTIFICATIONS) {
                throw new ConcertException(ErrorCode.USAGE, "ask for 1 to " + MAX_JUSTIFICATIONS + " justifications, not " + max,
                        "--max", -1, -1, null);
            }
        }
    }

    /** How many justifications an explanation computes unless told otherwise. */
    public static final int DEFAULT_JUSTIFICATIONS = 3;
    /** The most justifications one explanation computes: each costs a search over the module. */
    public static final int MAX_JUSTIFICATIONS = 100;

    /**
     * The graphs of a built knowledge base an explanation reasons over, as the build produced them.
     *
     * @param schema        the asserted schema graph
     * @param data          the asserted data graph
     * @param snapshotFacts the snapshot's links, flags and counts, without the membership closure
     * @param snapshot      the whole snapshot graph, closure included
     * @param selection     what the reasoner saw ({@link Reasoning#select} of the facts), or null to select again
     * @since 0.2.0
     */
    public record Sources(Graph schema, Graph data, Graph snapshotFacts, Graph snapshot, Graph selection) {
    }

    private Explainer() {
    }

    /**
     * Explains why the question's subject is an instance of a class, or has a property value.
     *
     * @throws ConcertException UNKNOWN_ENTITY, NOT_ENTAILED (with the unmet conjuncts) or REASONER_TIMEOUT
     */
    public static Explanation explain(Sources sources, Question question) {
        EntityNames names = new EntityNames(sources.schema(), sources.data());
        Node s = names.individual(question.subject());
        Node o = question.object() == null ? null : names.individual(question.object());
        Node t = names.term(question.target());
        boolean isClass = names.isClass(t);
        if (!isClass && o == null) {
            throw new ConcertException(ErrorCode.UNKNOWN_ENTITY, "a property needs an OBJECT: explain SUBJECT PROPERTY OBJECT",
                    question.target(), -1, -1, null);
        }
        OWLDataFactory df = OWLManager.getOWLDataFactory();
        OWLNamedIndividual individual = df.getOWLNamedIndividual(IRI.create(s.getURI()));
        OWLAxiom entailment = isClass
                ? df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(t.getURI())), individual)
                : df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(IRI.create(t.getURI())), individual,
                df.getOWLNamedIndividual(IRI.create(o.getURI())));
        ManchesterOWLSyntaxOWLObjectRendererImpl renderer = new ManchesterOWLSyntaxOWLObjectRendererImpl();
        renderer.setShortFormProvider(names);
        String words = renderer.render(entailment);

        Graph selection = sources.selection() != null ? sources.selection()
                : ReasonerInput.select(sources.schema(), sources.data(), sources.snapshotFacts());
        JustificationSearch search = new JustificationSearch(() -> OwlBridge.toOntology(selection),
                () -> OwlBridge.toOntology(ReasonerInput.select(sources.schema(), sources.data(), sources.snapshot())),
                names, renderer, sources.snapshot());
        String notEntailed = words.replace(" Type ", " is not a ") + " as of " + question.asOf();
        // Past the deadline the runner interrupts the HermiT under way and the search's thread, which ends the search.
        try (BatchRunner runner = new BatchRunner(1, question.timeout(), "no explanation")) {
            List<Justification> justifications = runner.call(() -> search.justify(entailment, question.max(),
                    notEntailed, question.subject(), runner::running));
            return new Explanation(words, justifications);
        }
    }
}
