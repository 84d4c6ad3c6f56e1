package org.concert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocsCommandTest {

    @Test
    void docsWritesTheReferencePageAndTheMergedOntologyIntoTheFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site");
        CliRun run = CliRun.of("docs", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.startsWith("<!DOCTYPE html>"), html.substring(0, 40));
        assertTrue(html.contains("<section id=\"CollectiveSecurityProvider\" class=\"term class\">"));
        Model ontology = RDFDataMgr.loadModel(out.resolve("concert.ttl").toString());
        assertTrue(ontology.contains(ontology.createResource(CONCERT.NS + "CollectiveSecurityProvider"), OWL2.equivalentClass));
        assertTrue(run.err().contains("index.html"), run.err());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsTheOutputError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("occupied"), "a file where the folder would go");
        CliRun run = CliRun.of("docs", "--out", file.resolve("docs").toString());
        assertEquals(ErrorCode.OUTPUT_FAILED.exitStatus(), run.status());
        assertTrue(run.err().startsWith("error: " + ErrorCode.OUTPUT_FAILED.code()), run.err());
    }

    @Test
    void docsWithoutOutIsAUsageError() {
        CliRun run = CliRun.of("docs");
        assertEquals(ErrorCode.USAGE.exitStatus(), run.status());
        assertTrue(run.err().contains(ErrorCode.USAGE.code()), run.err());
    }
}
