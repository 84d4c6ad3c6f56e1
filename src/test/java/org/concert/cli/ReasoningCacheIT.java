package org.concert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes filling one cache folder at once both answer right, and leave only whole entries behind. */
class ReasoningCacheIT {
    private static final List<String> PROVIDERS = List.of("acronym", "AU", "CIS", "CSTO", "ECOWAS", "EU", "LAS", "NATO",
            "OAS", "OSCE", "SADC");

    private static Process start(Path cache) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                "target/concert.jar", "query", "collective-security-providers", "--as-of", "2018-01-01", "--format", "csv",
                "--cache", cache.toString()).start();
    }

    private static List<String> answer(Process process) throws Exception {
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), err);
        assertEquals("", err, "no warning: no process saw a half-written entry");
        return out.lines().toList();
    }

    @Test
    void twoProcessesFillingTheSameCacheAtOnceBothAnswerRight(@TempDir Path cache) throws Exception {
        Process first = start(cache);
        Process second = start(cache);
        assertEquals(PROVIDERS, answer(first));
        assertEquals(PROVIDERS, answer(second));
        List<Path> entries;
        try (Stream<Path> files = Files.walk(cache)) {
            entries = new ArrayList<>(files.filter(Files::isRegularFile).toList());
        }
        // One module entry per shape of module (237 of the 407 modules of this date; modules of one shape share
        // an entry), the terminology and the input.
        assertTrue(entries.size() > 237, entries.size() + " entries: a module entry for each shape, the terminology, the input");
        for (Path entry : entries) {
            List<String> lines = Files.readAllLines(entry);
            assertTrue(lines.get(0).startsWith("concert-reasoning-cache 1 "), entry.toString());
            assertEquals("end " + (lines.size() - 2), lines.get(lines.size() - 1), entry.toString());
        }
        assertEquals(PROVIDERS, answer(start(cache)), "and a third process answers from what they left");
    }
}
