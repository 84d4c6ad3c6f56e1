package org.concert.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.concert.KnowledgeBases;
import org.concert.cli.CliRunner;
import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad inputs, tried for real through the command line: each ends in its documented code, never a stack trace. */
class BadInputTest {
    private static final Path DIR = Path.of("src/test/resources/bad");

    static Stream<Arguments> manifest() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("MANIFEST.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            cases.add(Arguments.of(cols[0], cols[1], cols[2]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} {0} ends in {2}")
    @MethodSource("manifest")
    void eachBadInputEndsInItsDocumentedCode(String file, String how, String code) {
        String path = DIR.resolve(file).toString();
        CliRunner.Result run = switch (how) {
            case "validate" -> CliRunner.run("validate", "--as-of", "2018-01-01", path);
            case "query" -> CliRunner.run("query", path, "--no-reasoning");
            default -> CliRunner.run("query", "seed-table", "--as-of", "2018-01-01", "--data", path);
        };
        assertNotEquals(0, run.status(), run.out() + run.err());
        String said = run.out() + run.err();
        assertTrue(said.contains(code), "expected " + code + " in:\n" + said);
        assertFalse(said.contains("\tat "), "no stack trace:\n" + said);
        assertFalse(said.contains("root:"), "the external entity must never be read:\n" + said);
        if (!how.equals("validate")) {
            assertTrue(run.err().startsWith("error: " + code + " "), run.err());
            assertEquals(2, run.err().lines().count(), "one error line and one hint:\n" + run.err());
        }
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithE007(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("fifty-megabytes.nt");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; Files.size(big) < 50L * 1024 * 1024 || i % 10000 != 0; i++) {
                w.write("<http://example.org/s" + i + "> <http://www.w3.org/2000/01/rdf-schema#label> \"a label of some length for triple " + i + "\" .\n");
                if (i % 10000 == 0) {
                    w.flush();
                }
            }
        }
        assertTrue(Files.size(big) >= 50L * 1024 * 1024);
        CliRunner.Result run = CliRunner.run("query", "seed-table", "--data", big.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: CONCERT-E007 " + big + ": "), run.err());
    }

    @Test
    void anUnknownAsOfFormatIsE020() {
        CliRunner.Result run = CliRunner.run("query", "seed-table", "--as-of", "1/1/2018");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: CONCERT-E020 --as-of: '1/1/2018'"), run.err());
    }

    @Test
    void theValidateReportIsAlsoJsonWithOneEntryPerProblem() {
        CliRunner.Result run = CliRunner.run("validate", "--format", "json", DIR.resolve("end-before-begin.ttl").toString());
        assertEquals(6, run.status());
        com.google.gson.JsonObject report = com.google.gson.JsonParser.parseString(run.out()).getAsJsonObject();
        assertFalse(report.get("valid").getAsBoolean());
        com.google.gson.JsonObject first = report.getAsJsonArray("problems").get(0).getAsJsonObject();
        assertEquals("CONCERT-E104", first.get("code").getAsString());
        assertEquals("https://w3id.org/concert/id/membership/CSTO-TKM-1", first.get("subject").getAsString());
        assertTrue(first.get("file").getAsString().endsWith("end-before-begin.ttl"));
    }

    @Test
    void theBundledDataAloneIsValid() {
        CliRunner.Result run = CliRunner.run("validate", "--as-of", "2018-01-01");
        assertEquals(0, run.status(), run.out());
    }

    @AfterAll
    static void theBundledKnowledgeBaseIsIntactAfterwards() {
        Map<String, String> expected = Map.of("OSCE", "57", "CoE", "47", "EU", "28", "NATO", "29", "CIS", "10", "CSTO", "6", "UN", "193");
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).build();
        for (Map<String, String> row : kb.select(NamedQueries.get("seed-table").text()).rows()) {
            assertEquals(expected.get(row.get("acronym")), row.get("members"));
        }
    }
}
