package org.concert.kb;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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

    /**
     * The code of a finding, from the shapes graph: the {@code cs:errorCode} of the result's source shape, or, for a
     * SPARQL constraint (whose result names its node shape), the one code that the shape's constraints share.
     */
    private static ErrorCode codeOf(ReportEntry entry) {
        Graph shapes = SHAPES.getGraph();
        Node shape = entry.source();
        Set<String> codes = new TreeSet<>(codes(shapes, shape));
        if (codes.isEmpty() && entry.constraint() instanceof SparqlConstraint) {
            shapes.find(shape, SHACL.sparql, Node.ANY).forEachRemaining(t -> codes.addAll(codes(shapes, t.getObject())));
        }
        if (codes.size() == 1) {
            String code = codes.iterator().next();
            for (ErrorCode c : ErrorCode.values()) {
                if (c.code().equals(code)) {
                    return c;
                }
            }
        }
        return ErrorCode.MEMBERSHIP_INCOMPLETE;
    }

    private static List<String> codes(Graph shapes, Node node) {
        return node == null ? List.of() : shapes.find(node, ERROR_CODE, Node.ANY)
                .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
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
