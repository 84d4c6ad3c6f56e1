package org.concert.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.Timeline;
import org.concert.reasoning.ReasoningCache;
import org.junit.jupiter.api.Test;

/** The three COW IGO v3 forms written from Concert's memberships, read back as R or pandas would. */
class CowExportTest {
    private static final Path SAMPLE = Path.of("src/test/resources/link/igo_year_formatv3-sample.csv");

    private static List<CSVRecord> export(CowExport.Form form, int from, int to, List<String> orgs) throws Exception {
        KnowledgeBase kb = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
        StringWriter out = new StringWriter();
        CowExport.write(kb, form, from, to, orgs, out);
        return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords());
    }

    private static long fullMembers(CSVRecord row) {
        return row.toMap().values().stream().filter("1"::equals).count();
    }

    @Test
    void natoHasThirtyOneFullMembersIn2023AndThirtyTwoIn2024() throws Exception {
        List<CSVRecord> rows = export(CowExport.Form.IGO_YEAR, 2023, 2024, List.of("NATO"));
        assertEquals(2, rows.size());
        assertEquals("NATO", rows.get(0).get("ioname"));
        assertEquals(31, fullMembers(rows.get(0)), "Finland from 4 April 2023");
        assertEquals(32, fullMembers(rows.get(1)), "Sweden from 7 March 2024");
        assertEquals("1", rows.get(1).get("usa"));
        assertEquals("0", rows.get(1).get("russia"));
    }

    @Test
    void theIgoYearFormAgreesWithCowsOwnCellsOfTheSample() throws Exception {
        Map<String, String> columns = CowIgo.stateColumns();
        List<CSVRecord> cow = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(SAMPLE)).getRecords();
        int compared = 0;
        List<String> disagreements = new ArrayList<>();
        for (CSVRecord c : cow) {
            if (!List.of("NATO", "CSTO").contains(c.get("ioname"))) {
                continue;
            }
            int year = Integer.parseInt(c.get("year"));
            CSVRecord ours = export(CowExport.Form.IGO_YEAR, year, year, List.of(c.get("ioname"))).get(0);
            for (String column : c.getParser().getHeaderNames()) {
                if (columns.containsKey(column) && List.of("0", "1", "2", "3").contains(c.get(column))) {
                    compared++;
                    if (!c.get(column).equals(ours.get(column))) {
                        disagreements.add(c.get("ioname") + " " + year + " " + column + ": COW " + c.get(column)
                                + ", Concert " + ours.get(column));
                    }
                }
            }
        }
        assertEquals(47, compared, "8 states x 6 org-years, less COW's one missing value");
        // The one difference is explained in OPEN-QUESTIONS.md: the CSTO's decision of 19 December 2012 was worded
        // as a suspension, and COW keeps Uzbekistan a member in 2013; Concert ends the (contested) record in 2012.
        assertEquals(List.of("CSTO 2013 uzbekistan: COW 1, Concert 0"), disagreements);
    }

    @Test
    void theStateYearFormCodesYearsBeforeAnOrganizationExistedAsMinusOne() throws Exception {
        List<CSVRecord> rows = export(CowExport.Form.STATE_YEAR, 1948, 1950, List.of("NATO"));
        CSVRecord usa1948 = rows.stream().filter(r -> r.get("state").equals("usa") && r.get("year").equals("1948")).findFirst().orElseThrow();
        CSVRecord usa1949 = rows.stream().filter(r -> r.get("state").equals("usa") && r.get("year").equals("1949")).findFirst().orElseThrow();
        assertEquals("2", usa1948.get("ccode"));
        assertEquals("-1", usa1948.get("nato"));
        assertEquals("1", usa1949.get("nato"));
    }

    @Test
    void theDyadYearFormIsOneWhereBothAreFullMembers() throws Exception {
        List<CSVRecord> rows = export(CowExport.Form.DYAD_YEAR, 2024, 2024, List.of("NATO"));
        CSVRecord usaCan = rows.stream().filter(r -> r.get("ccode1").equals("2") && r.get("ccode2").equals("20")).findFirst().orElseThrow();
        assertEquals("2020", usaCan.get("dyadid"));
        assertEquals("1", usaCan.get("nato"));
        assertTrue(rows.stream().anyMatch(r -> r.get("state1").equals("usa") && r.get("nato").equals("0")));
    }

    @Test
    void inferredColumnsComeFromTheTimeline() throws Exception {
        ReasoningCache cache = ReasoningCache.memoryOnly();
        List<LocalDate> days = Timeline.changeDays(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE)).stream()
                .filter(d -> d.getYear() == 2011).toList();
        Timeline timeline = Timeline.compute(d -> KnowledgeBase.bundled().asOf(d).cache(cache).reason(), days);
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).strict(false).addGraph(timeline.graph()).build();
        StringWriter out = new StringWriter();
        CowExport.write(kb, CowExport.Form.IGO_YEAR, 2011, 2011, List.of("CSTO", "CoE"), true, out);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals("CSTO", rows.get(0).get("ioname"), "in the order asked");
        assertEquals(List.of("1", "1"), List.of(rows.get(0).get("collective_security_provider"), rows.get(0).get("collective_defence_alliance")),
                "CSTO in 2011");
        assertEquals(List.of("0", "0"), List.of(rows.get(1).get("collective_security_provider"), rows.get(1).get("collective_defence_alliance")),
                "CoE in 2011");
        StringWriter states = new StringWriter();
        CowExport.write(kb, CowExport.Form.STATE_YEAR, 2011, 2011, List.of("CSTO"), true, states);
        CSVRecord armenia = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(states.toString())).getRecords().stream().filter(r -> r.get("state").equals("armenia"))
                .findFirst().orElseThrow();
        assertEquals("CSTO", armenia.get("protected_by"));
        assertEquals(ErrorCode.USAGE, assertThrows(ConcertException.class, () -> CowExport.write(KnowledgeBases.asserted(
                KnowledgeBases.SEED_DATE), CowExport.Form.IGO_YEAR, 2011, 2011, List.of("CSTO"), true, new StringWriter())).code());
    }

    @Test
    void anUnknownOrganizationOrFormIsACodedError() {
        assertEquals(ErrorCode.UNKNOWN_ENTITY, assertThrows(ConcertException.class,
                () -> export(CowExport.Form.IGO_YEAR, 2000, 2001, List.of("ATLANTIS"))).code());
        assertEquals(ErrorCode.USAGE, assertThrows(ConcertException.class, () -> CowExport.Form.of("state-month")).code());
    }
}
