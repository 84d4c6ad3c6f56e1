package org.concert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the executable jar in its own JVM, as the README does: the fat jar must initialise Jena, OWLAPI and HermiT. */
class ConcertJarIT {

    private record Result(int status, String out, String err) {
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", "target/concert.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarReproducesTheSeedTable() throws Exception {
        Result r = run("query", "seed-table", "--as-of", "2018-01-01", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("acronym,members", "OSCE,57", "CoE,47", "EU,28", "NATO,29", "CIS,10", "CSTO,6", "UN,193"),
                r.out().lines().toList());
    }

    @Test
    void theJarPrintsTheInferredCollectiveSecurityProvidersWithoutLogNoise() throws Exception {
        Result r = run("query", "collective-security-providers", "--as-of", "2018-01-01", "--format", "csv");
        assertEquals(0, r.status(), r.err());
        assertEquals(List.of("acronym", "AU", "CIS", "CSTO", "ECOWAS", "EU", "LAS", "NATO", "OAS", "OSCE", "SADC"), r.out().lines().toList());
        assertEquals("", r.err());
    }

    @Test
    void theJarReportsABadDateWithItsCodeAndExitStatus() throws Exception {
        Result r = run("query", "seed-table", "--as-of", "yesterday");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: CONCERT-E020 --as-of: 'yesterday'"), r.err());
        assertEquals(2, r.err().lines().count(), r.err());
    }

    @Test
    void theJarServesTheKnowledgeBaseAsTheReadmeSays() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/concert.jar", "serve", "--port", "0", "--as-of", "2018-01-01").start();
        try {
            java.io.BufferedReader err = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            String line;
            String base = null;
            while ((line = err.readLine()) != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile(" at (http://\\S+/) \\(SPARQL").matcher(line);
                if (m.find()) {
                    base = m.group(1);
                    break;
                }
            }
            assertTrue(base != null, "the server must say where it listens");
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "concert/queries/seed-table"))
                            .header("Accept", "text/csv").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("OSCE,57", r.body().lines().toList().get(1));
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void theJarKnowsItsVersion() throws Exception {
        Result r = run("--version");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("concert 0.1.0-SNAPSHOT"), r.out());
    }
}
