package org.concert.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.KnowledgeBases;
import org.concert.cli.CliRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Member counts over time: the steps come from the dated records, and the SVG names what it shows. */
class MemberCountChartTest {
    private static MemberCountChart chart() {
        return MemberCountChart.of(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE), List.of("NATO", "CSTO"),
                LocalDate.of(2009, 1, 1), LocalDate.of(2024, 12, 31));
    }

    private static int on(List<MemberCountChart.Step> steps, LocalDate day) {
        int n = -1;
        for (MemberCountChart.Step s : steps) {
            if (!s.day().isAfter(day)) {
                n = s.members();
            }
        }
        return n;
    }

    @Test
    void theStepsChangeOnTheDaysMembershipsBeginOrEnd() {
        List<MemberCountChart.Step> nato = chart().counts().get("NATO");
        assertEquals(28, on(nato, LocalDate.of(2010, 1, 1)));
        assertEquals(29, on(nato, LocalDate.of(2018, 1, 1)));
        assertEquals(31, on(nato, LocalDate.of(2024, 1, 1)));
        assertEquals(32, on(nato, LocalDate.of(2024, 12, 31)));
        assertEquals(7, on(chart().counts().get("CSTO"), LocalDate.of(2010, 1, 1)));
        assertEquals(6, on(chart().counts().get("CSTO"), LocalDate.of(2018, 1, 1)));
    }

    @Test
    void natoStepsThroughSixteenNineteenTwentySixTwentyEightTwentyNineThirtyThirtyOneAndThirtyTwoSince1992() {
        MemberCountChart chart = MemberCountChart.of(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE),
                List.of("NATO", "EU", "CSTO"), LocalDate.of(1992, 1, 1), LocalDate.of(2026, 1, 1));
        assertEquals(List.of(16, 19, 26, 28, 29, 30, 31, 32),
                chart.counts().get("NATO").stream().map(MemberCountChart.Step::members).toList());
        assertEquals(List.of(LocalDate.of(1999, 3, 12), LocalDate.of(2004, 3, 29), LocalDate.of(2009, 4, 1),
                LocalDate.of(2017, 6, 5), LocalDate.of(2020, 3, 27), LocalDate.of(2023, 4, 4), LocalDate.of(2024, 3, 7)),
                chart.counts().get("NATO").stream().skip(1).map(MemberCountChart.Step::day).toList());
        assertEquals(12, chart.counts().get("EU").get(0).members(), "the twelve of Maastricht's signatories on 1 January 1992");
    }

    @Test
    void theSvgHasATitleALegendAndASourceLine() {
        String svg = chart().svg(1000, 600);
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), svg.substring(0, 40));
        assertTrue(svg.contains("Member counts, 2009-01-01 to 2024-12-31"));
        assertTrue(svg.contains(">NATO<") && svg.contains(">CSTO<"), "legend");
        assertTrue(svg.contains("Concert ") && svg.contains("data as of 2018-01-01"), "source line");
    }

    @Test
    void anUnknownOrganizationIsE130AndTheCommandWritesTheFile(@TempDir Path dir) throws Exception {
        assertEquals(ErrorCode.UNKNOWN_ENTITY, assertThrows(ConcertException.class, () -> MemberCountChart.of(
                KnowledgeBases.asserted(KnowledgeBases.SEED_DATE), List.of("ATLANTIS"), LocalDate.of(2000, 1, 1),
                LocalDate.of(2001, 1, 1))).code());
        Path svg = dir.resolve("members.svg");
        CliRunner.Result run = CliRunner.run("chart", "members", "NATO", "--from", "1990-01-01", "--to", "2024-12-31",
                "--out", svg.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(svg).contains("Member counts, 1990-01-01 to 2024-12-31"));
        CliRunner.Result text = CliRunner.run("chart", "members", "NATO", "--from", "1990-01-01", "--to", "2024-12-31",
                "--out", dir.resolve("members.txt").toString());
        assertTrue(text.err().startsWith("error: CONCERT-E013 "), text.err());
    }
}
