package org.concert.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LauncherTest {
    private static final Optional<String> JAVA = Optional.of("/usr/bin/java");

    private static Optional<List<String>> command(List<String> jvmArguments, String jit, String relaunched, String... args) {
        return Launcher.command(JAVA, Optional.of(jvmArguments), args, jit, relaunched);
    }

    @Test
    void aQueryRunsAgainWithTheQuickCompilerAndEveryArgumentOfTheFirstJvm() {
        List<String> first = List.of("-Xmx2g", "-jar", "target/concert.jar", "query", "members", "--as-of", "2018-01-01");
        assertEquals(Optional.of(List.of("/usr/bin/java", "-XX:TieredStopAtLevel=1", "-Dconcert.relaunched=true",
                        "-Xmx2g", "-jar", "target/concert.jar", "query", "members", "--as-of", "2018-01-01")),
                command(first, null, null, "query", "members", "--as-of", "2018-01-01"));
    }

    @Test
    void aGlobalOptionBeforeTheCommandDoesNotHideIt() {
        assertTrue(command(List.of("-jar", "c.jar", "--verbose", "panel", "q.rq"), null, null, "--verbose", "panel", "q.rq").isPresent());
        assertTrue(command(List.of("-cp", "c.jar", "org.concert.cli.ConcertCommand", "query", "x"), null, null, "query", "x").isPresent());
    }

    @Test
    void theServerAndTheTimelineKeepTheOptimizingCompiler() {
        assertEquals(Optional.empty(), command(List.of("-jar", "c.jar", "serve"), null, null, "serve"));
        assertEquals(Optional.empty(), command(List.of("-jar", "c.jar", "timeline"), null, null, "timeline", "--out", "t.ttl"));
    }

    @Test
    void theSecondJvmRunsTheCommandItself() {
        assertEquals(Optional.empty(), command(List.of("-jar", "c.jar", "query", "members"), null, "true", "query", "members"));
    }

    @Test
    void aUserWhoChoosesTheCompilersIsObeyed() {
        assertEquals(Optional.empty(), command(List.of("-XX:TieredStopAtLevel=4", "-jar", "c.jar", "query", "x"), null, null, "query", "x"));
        assertEquals(Optional.empty(), command(List.of("-XX:-TieredCompilation", "-jar", "c.jar", "query", "x"), null, null, "query", "x"));
        assertEquals(Optional.empty(), command(List.of("-Dconcert.jit=full", "-jar", "c.jar", "query", "x"), "full", null, "query", "x"));
    }

    @Test
    void helpVersionAndAnUnknownCommandLineRunHere() {
        assertEquals(Optional.empty(), command(List.of("-jar", "c.jar", "--version"), null, null, "--version"));
        assertEquals(Optional.empty(), command(List.of("-jar", "c.jar", "query", "--help"), null, null, "query", "--help"));
        assertEquals(Optional.empty(), Launcher.command(JAVA, Optional.empty(), new String[] {"query", "x"}, null, null));
        assertEquals(Optional.empty(), command(List.of("-jar", "c.jar", "query", "trunc"), null, null, "query", "truncated"));
        assertEquals(Optional.empty(), Launcher.command(Optional.empty(), Optional.of(List.of("query")), new String[] {"query"}, null, null));
    }
}
