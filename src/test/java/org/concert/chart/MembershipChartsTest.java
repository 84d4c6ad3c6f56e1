package org.concert.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.KnowledgeBases;
import org.concert.cli.CliRunner;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.Timeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** The membership timeline and the states-by-organizations matrix: their rows, bars, cells and legends. */
class MembershipChartsTest {
    private static KnowledgeBase kb;
    private static Timeline timeline;

    @BeforeAll
    static void reasonTwoDays() {
        kb = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
        // Two reasoned days make a timeline that begins in 2010: enough to draw the inferred rows under the members.
        timeline = Timeline.compute(KnowledgeBases::reasoned, List.of(LocalDate.of(2010, 1, 1), KnowledgeBases.SEED_DATE));
    }

    private static Document xml(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // JFreeSVG writes SVG 1.1's DOCTYPE: parse it without fetching the DTD.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** How many drawn items of series {@code key} the SVG's element hints name. */
    private static long drawnItems(String svg, String key) {
        Matcher m = Pattern.compile("seriesKey&quot;: &quot;" + Pattern.quote(key) + "&quot;|\"seriesKey\": \"" + Pattern.quote(key) + "\"").matcher(svg);
        return m.results().count();
    }

    @Test
    void natoHasARowForEachOfItsThirtyTwoMembersAndTheAllianceClassUnderThem() throws Exception {
        MembershipTimelineChart chart = MembershipTimelineChart.of(kb, timeline, "NATO", null, LocalDate.of(2026, 1, 1));
        assertEquals(32, chart.memberRows());
        List<String> rows = chart.rows();
        assertEquals(Set.of("Belgium", "Canada", "Denmark", "France", "Iceland", "Italy", "Luxembourg", "Netherlands",
                "Norway", "Portugal", "United Kingdom", "United States"), Set.copyOf(rows.subList(0, 12)), "the founders first");
        assertEquals("Sweden", rows.get(31), "the last to join (7 March 2024)");
        Set<String> inferred = Set.copyOf(rows.subList(32, rows.size()));
        assertTrue(inferred.contains("collective defence alliance") && inferred.contains("collective security provider"), inferred.toString());
        assertEquals(32, chart.bars().stream().filter(b -> b.row() < 32).count(), "one full membership each");
        assertTrue(chart.bars().stream().filter(b -> b.row() >= 32).allMatch(b -> b.category().equals(ChartStyle.INFERRED)
                && b.begin().equals(LocalDate.of(2010, 1, 1)) && b.end() == null));

        String svg = chart.svg(1000, chart.height(1000));
        Document doc = xml(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getNodeName()
                : doc.getDocumentElement().getLocalName());
        assertEquals(32, drawnItems(svg, "full member"));
        assertEquals(rows.size() - 32, drawnItems(svg, ChartStyle.INFERRED));
        assertTrue(svg.contains(">Sweden<") && svg.contains(">collective defence alliance<"), "row labels");
        assertTrue(svg.contains("Members of NATO, 1949-08-24 to 2026-01-01"), "title from the first membership day");
        assertTrue(svg.contains("seed&apos;s table 2018-01-01"), "the seed's date is marked");
        assertTrue(svg.contains(">full member<") && svg.contains(">" + ChartStyle.INFERRED + "<"), "legend");
    }

    @Test
    void aStateHasARowPerOrganizationAndItsProtectionUnderThem() {
        MembershipTimelineChart chart = MembershipTimelineChart.of(kb, timeline, "ARM", LocalDate.of(2000, 1, 1), LocalDate.of(2020, 1, 1));
        List<String> rows = chart.rows();
        assertTrue(rows.subList(0, chart.memberRows()).containsAll(List.of("UN", "OSCE", "CIS", "CSTO", "CoE", "BSEC")), rows.toString());
        assertEquals(List.of("force contributor", "protected by CSTO"), rows.subList(chart.memberRows(), rows.size()));
        assertTrue(chart.bars().stream().allMatch(b -> !b.begin().isBefore(LocalDate.of(2000, 1, 1))), "clipped to the range");
    }

    @Test
    void anUnknownEntityIsE130AndAnEmptyRangeIsE020() {
        assertEquals(ErrorCode.UNKNOWN_ENTITY, assertThrows(ConcertException.class,
                () -> MembershipTimelineChart.of(kb, timeline, "ATLANTIS", null, null)).code());
        assertEquals(ErrorCode.INVALID_DATE, assertThrows(ConcertException.class,
                () -> MembershipTimelineChart.of(kb, timeline, "NATO", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1))).code());
    }

    @Test
    void theMatrixColoursEachMembershipByItsStatusOnTheDay() throws Exception {
        MembershipMatrixChart chart = MembershipMatrixChart.of(kb, LocalDate.of(2018, 1, 1), List.of("NATO", "CSTO", "CIS", "OSCE"));
        assertEquals(List.of("NATO", "CSTO", "CIS", "OSCE"), chart.organizations());
        assertEquals(57, chart.states().size(), "the OSCE's 57 participating States hold every other membership shown");
        assertEquals(29, chart.cells().stream().filter(c -> c.acronym().equals("NATO")).count());
        assertEquals(6, chart.cells().stream().filter(c -> c.acronym().equals("CSTO")).count());
        assertEquals(Set.of("full member", "participating State", "associate member"),
                chart.cells().stream().map(MembershipMatrixChart.Cell::status).collect(Collectors.toSet()));
        assertTrue(chart.cells().contains(new MembershipMatrixChart.Cell("TKM", "CIS", "associate member")));
        assertTrue(chart.cells().contains(new MembershipMatrixChart.Cell("UKR", "CIS", "participating State")));

        String svg = chart.svg(chart.width(), chart.height(chart.width()));
        xml(svg);
        assertEquals(chart.cells().size(), drawnItems(svg, "full member") + drawnItems(svg, "participating State")
                + drawnItems(svg, "associate member"));
        assertTrue(svg.contains(">Georgia (GEO)<") && svg.contains(">CSTO<"), "row and column labels");
        assertTrue(svg.contains("data as of 2018-01-01"), "source line");
    }

    @Test
    void theMatrixOfEveryOrganizationShowsEachOneWithAMemberThatDay(@TempDir Path dir) throws Exception {
        MembershipMatrixChart all = MembershipMatrixChart.of(kb, LocalDate.of(2018, 1, 1), List.of());
        assertTrue(all.organizations().containsAll(List.of("AU", "NATO", "UN", "SCO")), all.organizations().toString());
        assertTrue(all.states().size() >= 193, "every UN member holds a cell: " + all.states().size());

        Path out = dir.resolve("matrix.svg");
        CliRunner.Result run = CliRunner.run("chart", "matrix", "--as-of", "2018-01-01", "--org", "NATO", "CSTO", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(35, MembershipMatrixChart.of(kb, LocalDate.of(2018, 1, 1), List.of("NATO", "CSTO")).states().size());
        xml(Files.readString(out));
        assertEquals(2, CliRunner.run("chart", "matrix", "--out", dir.resolve("m.gif").toString()).status(), "E010: not .svg or .png");
    }
}
