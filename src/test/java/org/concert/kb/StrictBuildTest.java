package org.concert.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The builder refuses added data that {@code concert validate} would refuse, unless told not to check it. */
class StrictBuildTest {
    private static final LocalDate DATE = LocalDate.of(2018, 1, 1);
    private static final Path BAD = Path.of("src/test/resources/bad");

    @Test
    void eachBadMembershipFileIsRefusedByDefaultWithItsCode() {
        for (var c : List.of(
                new Object[] {"end-before-begin.ttl", ErrorCode.END_BEFORE_BEGIN},
                new Object[] {"overlapping-periods.ttl", ErrorCode.OVERLAPPING_PERIODS},
                new Object[] {"membership-unknown-organization.ttl", ErrorCode.UNKNOWN_ORGANIZATION},
                new Object[] {"membership-without-source.ttl", ErrorCode.MISSING_SOURCE})) {
            Path file = BAD.resolve((String) c[0]);
            ConcertException e = assertThrows(ConcertException.class,
                    () -> KnowledgeBase.bundled().asOf(DATE).addFile(file).build(), file.toString());
            assertEquals(c[1], e.code(), file + ": " + e.getMessage());
            assertEquals(file.toString(), e.input());
        }
    }

    @Test
    void aFileWithSeveralProblemsCarriesEveryCode(@TempDir Path dir) throws Exception {
        Path both = dir.resolve("both.ttl");
        Files.writeString(both, Files.readString(BAD.resolve("end-before-begin.ttl")) + "\n"
                + Files.readString(BAD.resolve("membership-unknown-organization.ttl")).replaceAll("(?m)^@prefix.*$", ""));
        ConcertException e = assertThrows(ConcertException.class, () -> KnowledgeBase.bundled().asOf(DATE).addFile(both).build());
        Set<ErrorCode> codes = e.problems().stream().map(ConcertException::code).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of(ErrorCode.END_BEFORE_BEGIN, ErrorCode.UNKNOWN_ORGANIZATION)), codes.toString());
    }

    @Test
    void aGraphIsCheckedLikeAFile() {
        Graph graph = RDFParser.source(BAD.resolve("end-before-begin.ttl")).lang(Lang.TURTLE).toGraph();
        ConcertException e = assertThrows(ConcertException.class, () -> KnowledgeBase.bundled().asOf(DATE).addGraph(graph).build());
        assertEquals(ErrorCode.END_BEFORE_BEGIN, e.code());
        assertEquals("graph 1", e.input());
    }

    @Test
    void strictFalseBuildsTheSameFileWithoutTheChecks() {
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(DATE).strict(false).addFile(BAD.resolve("end-before-begin.ttl")).build();
        assertTrue(kb.dataset().asDatasetGraph().getDefaultGraph().size() > 0);
    }
}
