package org.concert.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.ConcertException;
import org.concert.kb.BundledOntology;
import org.concert.kb.DataCheck;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.RdfInput;

/**
 * Checks the bundled knowledge base together with extra files: syntax (each file on its own, all of them,
 * every failure reported), the SHACL shapes of {@code ontology/shapes/}, the OWL 2 DL profile of the merged
 * ontology, and consistency with HermiT. Later checks run only when the earlier ones hold, since a file that
 * does not parse cannot be checked further.
 *
 * @since 0.1.0
 */
public final class Validator {

    private Validator() {
    }

    /** Validates the bundled knowledge base plus {@code files}, with the snapshot of {@code asOf} for consistency. */
    public static ValidationReport validate(List<Path> files, LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Graph> parsed = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                parsed.put(file.toString(), RdfInput.parse(file));
            } catch (ConcertException e) {
                problems.add(new Problem(e.code(), e.input(), e.line(), e.column(), null, e.getMessage()));
            }
        }
        return problems.isEmpty() ? check(parsed, asOf, KnowledgeBase.REASONER_TIME_LIMIT) : new ValidationReport(problems);
    }

    /**
     * Validates the bundled knowledge base plus one document held in memory (a request body), named {@code name}
     * in the report; its reasoning stops at {@code limit}.
     */
    public static ValidationReport validate(byte[] document, Lang lang, String name,
                                                                 LocalDate asOf, Duration limit) {
        try {
            return check(Map.of(name, RdfInput.parse(document, lang, name)), asOf, limit);
        } catch (ConcertException e) {
            return new ValidationReport(List.of(
                    new Problem(e.code(), e.input(), e.line(), e.column(), null, e.getMessage())));
        }
    }

    private static ValidationReport check(Map<String, Graph> parsed, LocalDate asOf, Duration limit) {
        List<Problem> problems = new ArrayList<>();
        Graph all = GraphFactory.createGraphMem();
        for (BundledOntology.Part part : BundledOntology.load()) {
            part.graph().find().forEachRemaining(all::add);
        }
        parsed.values().forEach(g -> g.find().forEachRemaining(all::add));

        for (DataCheck.Finding f : DataCheck.check(all, parsed)) {
            problems.add(new Problem(f.code(), f.input(), -1, -1, f.subject(), f.message()));
        }
        if (!problems.isEmpty()) {
            return new ValidationReport(problems);
        }

        try {
            KnowledgeBase.Builder builder = KnowledgeBase.bundled().asOf(asOf).reasonerTimeout(limit).strict(false);
            parsed.values().forEach(builder::addGraph);
            builder.reason();
        } catch (ConcertException e) {
            problems.add(new Problem(e.code(), e.input(), e.line(), e.column(), null, e.getMessage()));
        }
        return new ValidationReport(problems);
    }
}
