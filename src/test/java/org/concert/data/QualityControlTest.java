package org.concert.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.concert.KnowledgeBases;
import org.concert.kb.BundledOntology;
import org.concert.kb.KnowledgeBase;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality control of the merged ontology in the manner of ROBOT's {@code report}: the schema and data graphs of the
 * bundled knowledge base plus the SHACL shapes, the same files {@code robot merge} reads. Each query under
 * {@code src/test/resources/qc/} selects offenders and must select none; a failure lists the rows it found.
 */
class QualityControlTest {
    private static final String QC = "/qc/";

    /** Schema, data and shapes in one model, as ROBOT merges them; the snapshot's derived links are left out. */
    private static Model merged;

    @BeforeAll
    static void merge() throws IOException {
        KnowledgeBase kb = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
        Model model = ModelFactory.createDefaultModel();
        model.add(kb.copyOf(CONCERT.SCHEMA_GRAPH));
        model.add(kb.copyOf(CONCERT.DATA_GRAPH));
        // The shapes are not in the imports closure of concert.ttl, so the knowledge base does not hold them.
        try (InputStream in = open(BundledOntology.RESOURCE_DIR + "shapes/concert-shapes.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        }
        merged = model;
    }

    @Test
    void noTwoTermsShareALabel() {
        assertNone("duplicate_label");
    }

    @Test
    void everyConcertDefinitionIsRepeatedWordForWordForOboTools() {
        assertNone("obo_definition_mismatch");
    }

    @Test
    void noneOfConcertsLabelsDiffersFromAnotherOnlyByCase() {
        assertNone("duplicate_label_ignoring_case");
    }

    @Test
    void everyDescribedEntityHasALabel() {
        assertNone("missing_label");
    }

    @Test
    void noEntityHasTwoLabels() {
        assertNone("multiple_labels");
    }

    @Test
    void noLabelOrDefinitionHasStrayWhiteSpace() {
        assertNone("label_formatting");
    }

    @Test
    void everyDeclaredClassAndPropertyHasAnEnglishLabelAndDefinition() {
        assertNone("missing_definition");
    }

    @Test
    void everyMembershipLabelEndsWithThePeriodItsDatesGive() {
        assertNone("membership_label_without_period");
    }

    /** Guards against a query that can never match (a misspelt prefix or property passes silently otherwise). */
    @Test
    void everyQueryFindsTheViolationPlantedForItInTheFixture() throws IOException {
        Model fixture = ModelFactory.createDefaultModel();
        try (InputStream in = open(QC + "violations.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(fixture);
        }
        for (String query : List.of("duplicate_label", "duplicate_label_ignoring_case", "missing_label", "multiple_labels",
                "label_formatting", "missing_definition", "membership_label_without_period")) {
            assertFalse(offenders(query, fixture).isEmpty(), query + " finds nothing in qc/violations.ttl");
        }
        List<String> periods = offenders("membership_label_without_period", fixture);
        assertTrue(periods.size() == 2 && periods.get(1).contains("expected=1946–1947"), String.join("\n", periods));
    }

    private static void assertNone(String query) {
        List<String> rows = offenders(query, merged);
        assertTrue(rows.isEmpty(), () -> "qc/" + query + ".rq found " + rows.size() + " row(s):\n" + String.join("\n", rows));
    }

    /** The rows the query selects, each as {@code var=value} pairs. */
    private static List<String> offenders(String query, Model model) {
        String text;
        try (InputStream in = open(QC + query + ".rq")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(query, e);
        }
        List<String> rows = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(model).query(text).build()) {
            ResultSet results = exec.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                StringBuilder line = new StringBuilder();
                for (String var : results.getResultVars()) {
                    RDFNode value = row.get(var);
                    line.append(line.isEmpty() ? "" : "  ").append(var).append('=').append(value == null ? "" : value);
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }

    private static InputStream open(String resource) {
        InputStream in = QualityControlTest.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("not on the test classpath: " + resource);
        }
        return in;
    }
}
