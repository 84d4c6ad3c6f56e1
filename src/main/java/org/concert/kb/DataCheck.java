package org.concert.kb;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.reasoning.OwlProfile;

/**
 * The checks of data before reasoning: the SHACL shapes of {@code ontology/shapes/} (each with its error code),
 * then the OWL 2 DL profile of the whole. {@code concert validate} reports every finding; a knowledge base build
 * with added data refuses it on the first ({@link KnowledgeBase.Builder#strict(boolean)}).
 *
 * @since 0.2.0
 */
public final class DataCheck {
    private static final Shapes SHAPES = loadShapes();
    private static final Node ERROR_CODE = NodeFactory.createURI("https://w3id.org/concert/shapes#errorCode");

    /**
     * One thing the checks found.
     *
     * @param code    what is wrong
     * @param input   the added input that says something about the subject, the bundle, or null for the whole
     * @param subject the offending resource, or null
     * @param message what is wrong, in one sentence
     */
    public record Finding(ErrorCode code, String input, String subject, String message) {
        /** The finding as an exception, for a build that refuses it. */
        public ConcertException exception() {
            return new ConcertException(code, subject == null ? message : "<" + subject + "> " + message, input, -1, -1, null);
        }
    }

    private DataCheck() {
    }

    /**
     * Checks {@code all} (the bundle with the added inputs); {@code added} names each added input's own graph,
     * so that a finding says where it is. The profile is checked only when the shapes hold.
     */
    public static List<Finding> check(Graph all, Map<String, Graph> added) {
        List<Finding> findings = new ArrayList<>();
        ValidationReport shacl = ShaclValidator.get().validate(SHAPES, all);
        for (ReportEntry entry : shacl.getEntries()) {
            Node focus = entry.focusNode();
            findings.add(new Finding(codeOf(entry), inputOf(focus, added),
                    focus.isURI() ? focus.getURI() : focus.toString(), entry.message()));
        }
        if (findings.isEmpty()) {
            for (String violation : OwlProfile.dlViolations(all)) {
                findings.add(new Finding(ErrorCode.NOT_OWL2_DL, null, null, violation));
            }
        }
        return findings;
    }

    private static ErrorCode codeOf(ReportEntry entry) {
        Node code = null;
        Node shape = entry.source();
        Graph shapes = SHAPES.getGraph();
        if (shape != null && shapes.contains(shape, ERROR_CODE, Node.ANY)) {
            code = shapes.find(shape, ERROR_CODE, Node.ANY).next().getObject();
        }
        if (code == null && entry.constraint() instanceof SparqlConstraint sparql) {
            // Jena's report does not name the sh:sparql node; its sh:message identifies it.
            for (Triple t : shapes.find(Node.ANY, SHACL.message, Node.ANY).toList()) {
                if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals(sparql.getMessage())
                        && shapes.contains(t.getSubject(), ERROR_CODE, Node.ANY)) {
                    code = shapes.find(t.getSubject(), ERROR_CODE, Node.ANY).next().getObject();
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

    /** The added input that says something about the subject, or the bundle when none does. */
    private static String inputOf(Node subject, Map<String, Graph> added) {
        for (Map.Entry<String, Graph> e : added.entrySet()) {
            if (e.getValue().contains(subject, Node.ANY, Node.ANY)) {
                return e.getKey();
            }
        }
        return added.isEmpty() ? null : "ontology/ (bundled)";
    }

    private static Shapes loadShapes() {
        try (InputStream in = DataCheck.class.getResourceAsStream(BundledOntology.RESOURCE_DIR + "shapes/concert-shapes.ttl")) {
            if (in == null) {
                throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "the SHACL shapes are missing from the jar");
            }
            Graph graph = GraphFactory.createGraphMem();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return Shapes.parse(graph);
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, e.getMessage(), e);
        }
    }
}
