package org.concert.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs and options an attacker would give the library and the command line: each ends in its own code. */
class HostileInputTest {

    private static ErrorCode codeOf(Runnable load) {
        return assertThrows(ConcertException.class, load::run).code();
    }

    private static ErrorCode loading(Path file) {
        return codeOf(() -> KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).addFile(file).build());
    }

    @Test
    void blankNodesNestedTwentyThousandDeepAreE015NotAStackOverflow(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("deep.ttl");
        int depth = 20_000;
        Files.writeString(deep, "<http://example.org/s> <http://example.org/p> " + "[ <http://example.org/p> ".repeat(depth)
                + "1" + " ]".repeat(depth) + " .\n");
        assertEquals(ErrorCode.NESTING_TOO_DEEP, loading(deep));
    }

    @Test
    void aCollectionNestedTwentyThousandDeepIsE015(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("deep-list.ttl");
        int depth = 20_000;
        Files.writeString(deep, "<http://example.org/s> <http://example.org/p> " + "( ".repeat(depth) + " )".repeat(depth) + " .\n");
        assertEquals(ErrorCode.NESTING_TOO_DEEP, loading(deep));
    }

    @Test
    void jsonLdNestedTwentyThousandDeepIsE015OrASyntaxErrorNeverACrash(@TempDir Path dir) throws Exception {
        Path deep = dir.resolve("deep.jsonld");
        int depth = 20_000;
        Files.writeString(deep, "{\"@id\": \"http://example.org/s\", \"http://example.org/p\": ".repeat(depth) + "1" + "}".repeat(depth));
        ErrorCode code = loading(deep);
        assertTrue(code == ErrorCode.NESTING_TOO_DEEP || code == ErrorCode.RDF_SYNTAX, code.toString());
    }

    @Test
    void aDenseObjectListOfSixHundredThousandTriplesIsE014(@TempDir Path dir) throws Exception {
        Path dense = dir.resolve("dense.ttl");
        try (BufferedWriter w = Files.newBufferedWriter(dense, StandardCharsets.UTF_8)) {
            w.write("<http://example.org/s> <http://example.org/p> 0");
            for (int i = 1; i < 600_000; i++) {
                w.write(", " + i);
            }
            w.write(" .\n");
        }
        assertEquals(ErrorCode.TOO_MANY_TRIPLES, loading(dense));
    }

    @Test
    void aLinkToDevZeroIsRefusedBeforeAByteIsRead(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("zero.ttl"), Path.of("/dev/zero"));
        assertEquals(ErrorCode.INPUT_UNREADABLE, loading(link));
        // serve --tdb2 fingerprints its inputs before it parses them: the same check comes first there too.
        assertEquals(ErrorCode.INPUT_UNREADABLE, codeOf(() -> KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1))
                .addFile(link).reasonInto(dir.resolve("tdb2"))));
    }

    @Test
    void aFifoIsRefusedInsteadOfWaitedOn(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.ttl");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertEquals(ErrorCode.INPUT_UNREADABLE, loading(fifo));
    }

    @Test
    void twoEnrichmentDumpsWithTheSameFileNameAreE017(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("wikidata.ttl");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("wikidata.ttl");
        Files.writeString(a, "<http://example.org/a> <http://example.org/p> 1 .\n");
        Files.writeString(b, "<http://example.org/b> <http://example.org/p> 2 .\n");
        assertEquals(ErrorCode.DUPLICATE_INPUT_NAME, codeOf(() -> KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1))
                .enrich(a).enrich(b).build()));
    }

    @Test
    void serviceToAnotherPortOrPathOfAnAllowedHostIsRefusedWithoutConnecting() {
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1))
                .allowService(List.of("http://127.0.0.1:42099/sparql")).build();
        for (String target : List.of("http://127.0.0.1:42010/other/path", "http://127.0.0.1:42099/other", "https://127.0.0.1:42099/sparql")) {
            ConcertException e = assertThrows(ConcertException.class,
                    () -> kb.select("SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }"));
            assertEquals(ErrorCode.SERVICE_NOT_ALLOWED, e.code(), target);
        }
        assertEquals(ErrorCode.USAGE, codeOf(() -> KnowledgeBase.bundled().allowService(List.of("127.0.0.1"))));
    }

    @Test
    void aPowerOfThirtyMillionDigitsIsE011AtOnce() {
        CliRunner.Result run = CliRunner.run("query", "--no-reasoning", "--as-of", "2018-01-01", "--timeout", "2", "--query",
                "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> "
                        + "SELECT (STRLEN(STR(?x)) AS ?len) WHERE { BIND(math:pow(10, 30000000) AS ?x) }");
        assertTrue(run.err().startsWith("error: CONCERT-E011 "), run.err());
    }

    @Test
    void aQueryOfThreeThousandNestedGroupsIsE015NotAnInternalError(@TempDir Path dir) throws Exception {
        Path query = dir.resolve("braces.rq");
        Files.writeString(query, "SELECT * WHERE " + "{ ".repeat(3000) + "?s ?p ?o" + " }".repeat(3000));
        CliRunner.Result run = CliRunner.run("query", query.toString(), "--no-reasoning");
        assertTrue(run.err().startsWith("error: CONCERT-E015 "), run.err());
    }

    @Test
    void serveChecksPortHostAndTimeoutBeforeBuildingAnything() {
        assertCode("CONCERT-E021", "serve", "--port", "70000");
        assertCode("CONCERT-E022", "serve", "--host", "256.1.1.1");
        assertCode("CONCERT-E023", "serve", "--timeout", "0");
        assertCode("CONCERT-E020", "query", "seed-table", "--as-of", "+10000-01-01");
        assertCode("CONCERT-E023", "query", "seed-table", "--reasoner-timeout", "-5");
    }

    private static void assertCode(String code, String... args) {
        CliRunner.Result run = CliRunner.run(args);
        assertTrue(run.err().startsWith("error: " + code + " "), String.join(" ", args) + " -> " + run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
