package org.concert.validate;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.kb.BundledOntology;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.RdfInput;
import org.concert.reasoning.OwlBridge;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * Checks the bundled knowledge base together with extra files: syntax (each file on its own, all of them,
 * every failure reported), the SHACL shapes of {@code ontology/shapes/}, the OWL 2 DL profile of the merged
 * ontology, and consistency with HermiT. Later checks run only when the earlier ones hold, since a file that
 * does not parse cannot be checked further.
 */
public final class Validator {
    private static final Shapes SHAPES = loadShapes();

    private Validator() {
    }

    /** Validates the bundled knowledge base plus {@code files}, with the snapshot of {@code asOf} for consistency. */
    public static org.concert.validate.ValidationReport validate(List<Path> files, LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Graph> parsed = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                parsed.put(file.toString(), RdfInput.parse(file));
            } catch (ConcertException e) {
                problems.add(new Problem(e.code(), e.input(), e.line(), e.column(), null, e.getMessage()));
            }
        }
        return problems.isEmpty() ? check(parsed, asOf, KnowledgeBase.REASONER_TIME_LIMIT) : new org.concert.validate.ValidationReport(problems);
    }

    /**
     * Validates the bundled knowledge base plus one document held in memory (a request body), named {@code name}
     * in the report; its reasoning stops at {@code limit}.
     */
    public static org.concert.validate.ValidationReport validate(byte[] document, Lang lang, String name,
                                                                 LocalDate asOf, Duration limit) {
        try {
            return check(Map.of(name, RdfInput.parse(document, lang, name)), asOf, limit);
        } catch (ConcertException e) {
            return new org.concert.validate.ValidationReport(List.of(
                    new Problem(e.code(), e.input(), e.line(), e.column(), null, e.getMessage())));
        }
    }

    private static org.concert.validate.ValidationReport check(Map<String, Graph> parsed, LocalDate asOf, Duration limit) {
        List<Problem> problems = new ArrayList<>();
        Graph bundled = GraphFactory.createGraphMem();
        for (BundledOntology.Part part : BundledOntology.load()) {
            part.graph().find().forEachRemaining(bundled::add);
        }
        Graph all = GraphFactory.createGraphMem();
        bundled.find().forEachRemaining(all::add);
        parsed.values().forEach(g -> g.find().forEachRemaining(all::add));

        ValidationReport shacl = ShaclValidator.get().validate(SHAPES, all);
        for (ReportEntry entry : shacl.getEntries()) {
            problems.add(new Problem(codeOf(entry), fileOf(entry.focusNode(), parsed), -1, -1,
                    entry.focusNode().isURI() ? entry.focusNode().getURI() : entry.focusNode().toString(), entry.message()));
        }
        if (!problems.isEmpty()) {
            return new org.concert.validate.ValidationReport(problems);
        }

        OWLOntology merged = OwlBridge.toOntology(all);
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(merged).getViolations()) {
            problems.add(new Problem(ErrorCode.NOT_OWL2_DL, null, -1, -1, null, v.toString()));
        }
        if (!problems.isEmpty()) {
            return new org.concert.validate.ValidationReport(problems);
        }

        try {
            KnowledgeBase.Builder builder = KnowledgeBase.bundled().asOf(asOf).reasonerTimeout(limit);
            parsed.values().forEach(builder::addGraph);
            builder.reason();
        } catch (ConcertException e) {
            problems.add(new Problem(e.code(), e.input(), e.line(), e.column(), null, e.getMessage()));
        }
        return new org.concert.validate.ValidationReport(problems);
    }

    private static ErrorCode codeOf(ReportEntry entry) {
        Node code = null;
        Node shape = entry.source();
        Graph shapes = SHAPES.getGraph();
        Node property = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/concert/shapes#errorCode");
        if (shape != null && shapes.contains(shape, property, Node.ANY)) {
            code = shapes.find(shape, property, Node.ANY).next().getObject();
        }
        if (code == null && entry.constraint() instanceof org.apache.jena.shacl.engine.constraint.SparqlConstraint sparql) {
            // Jena's report does not name the sh:sparql node; its sh:message identifies it.
            for (var t : shapes.find(Node.ANY, org.apache.jena.shacl.vocabulary.SHACL.message, Node.ANY).toList()) {
                if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(sparql.getMessage())
                        && shapes.contains(t.getSubject(), property, Node.ANY)) {
                    code = shapes.find(t.getSubject(), property, Node.ANY).next().getObject();
                }
            }
        }
        if (code != null) {
            for (ErrorCode c : ErrorCode.values()) {
                if (c.code().equals(code.getLiteralLexicalForm())) {
                    return c;
                }
            }
        }
        return ErrorCode.MEMBERSHIP_INCOMPLETE;
    }

    /** The extra file that says something about the subject, or null when only the bundle does. */
    private static String fileOf(Node subject, Map<String, Graph> parsed) {
        for (Map.Entry<String, Graph> e : parsed.entrySet()) {
            if (e.getValue().contains(subject, Node.ANY, Node.ANY)) {
                return e.getKey();
            }
        }
        return parsed.isEmpty() ? null : "ontology/ (bundled)";
    }

    private static Shapes loadShapes() {
        try (java.io.InputStream in = Validator.class.getResourceAsStream(BundledOntology.RESOURCE_DIR + "shapes/concert-shapes.ttl")) {
            if (in == null) {
                throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "the SHACL shapes are missing from the jar");
            }
            Graph graph = GraphFactory.createGraphMem();
            org.apache.jena.riot.RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return Shapes.parse(graph);
        } catch (java.io.IOException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, e.getMessage(), e);
        }
    }
}
