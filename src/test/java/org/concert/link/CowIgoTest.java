package org.concert.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.concert.ConcertException;
import org.concert.KnowledgeBases;
import org.concert.cli.CliRunner;
import org.concert.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Correlates of War IGO v3 reader and comparison, on a small fixture written in the real IGO-year format. */
class CowIgoTest {
    private static final Path SAMPLE = Path.of("src/test/resources/link/igo_year_formatv3-sample.csv");

    private static KnowledgeBase kb() {
        return KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "NaN as a status|CONCERT-E151|NATO,North Atlantic Treaty Organization,1999,NaN,1",
            "a hexadecimal status|CONCERT-E151|NATO,North Atlantic Treaty Organization,1999,0x1p0,1",
            "a double status|CONCERT-E151|NATO,North Atlantic Treaty Organization,1999,1d,1",
            "a status of 4|CONCERT-E151|NATO,North Atlantic Treaty Organization,1999,4,1",
            "a negative year|CONCERT-E151|NATO,North Atlantic Treaty Organization,-5,1,1",
            "a year of 2^31-1|CONCERT-E151|NATO,North Atlantic Treaty Organization,2147483647,1,1",
            "a short row|CONCERT-E150|NATO,North Atlantic Treaty Organization,1999,1",
            "an unterminated quote|CONCERT-E150|NATO,\"North Atlantic Treaty Organization,1999,1,1"})
    void malformedCowRowsEndInTheirCodeWithTheLine(String problem, String code, String row, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("igo.csv");
        Files.writeString(file, "ioname,orgname,year,usa,canada\n" + row + "\n");
        ConcertException e = assertThrows(ConcertException.class, () -> CowIgo.read(file, kb()));
        assertEquals(code, e.code().code(), problem + ": " + e.getMessage());
        assertEquals(2, e.line(), problem);
    }

    @Test
    void twoColumnsWithTheSameNameAreRefusedNotSilentlyMerged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("igo.csv");
        Files.writeString(file, "ioname,orgname,year,usa,usa\nNATO,North Atlantic Treaty Organization,1999,1,0\n");
        assertEquals("CONCERT-E150", assertThrows(ConcertException.class, () -> CowIgo.read(file, kb())).code().code());
    }

    @Test
    void readingMapsKnownOrganizationsAndStateColumnsAndReportsTheRest() {
        CowIgo.Reading reading = CowIgo.read(SAMPLE, kb());
        assertEquals(List.of("XYZ"), reading.unmatchedOrganizations());
        assertEquals(List.of("atlantis"), reading.unmatchedColumns());
        assertEquals(24 + 23, reading.stateYears().size(), "8 state columns x 6 rows, less one missing value (-9)");
    }

    @Test
    void importTurnsConsecutiveYearsIntoOneDatedMembershipWithTheCowSource() {
        Model m = CowIgo.memberships(CowIgo.read(SAMPLE, kb()));
        String uzb = "https://w3id.org/concert/id/membership/COW-CSTO-UZB-1";
        assertTrue(m.containsResource(m.createResource(uzb)));
        var stamps = m.listObjectsOfProperty(m.createProperty("http://www.w3.org/2006/time#inXSDDateTimeStamp")).toList();
        assertTrue(stamps.stream().anyMatch(n -> n.asLiteral().getLexicalForm().equals("2011-01-01T00:00:00Z")));
        assertTrue(stamps.stream().anyMatch(n -> n.asLiteral().getLexicalForm().equals("2014-01-01T00:00:00Z")));
        assertEquals(4 + 4, m.listSubjectsWithProperty(m.createProperty("http://www.w3.org/ns/org#organization")).toList().size(),
                "NATO: USA, Canada, UK, Poland; CSTO: Russia, Uzbekistan, Armenia, Kazakhstan");
    }

    @Test
    void comparisonGivesTheAgreementPerOrganizationAndTheDisagreeingStateYears() {
        List<CowIgo.Comparison> result = CowIgo.compare(CowIgo.read(SAMPLE, kb()), kb(), 1815, 9999);
        assertEquals(2, result.size());
        CowIgo.Comparison csto = result.get(0);
        assertEquals("CSTO", csto.organization());
        assertEquals(23, csto.compared());
        assertEquals(22, csto.agreeing());
        assertEquals(List.of("2013 UZB: Concert not a member, COW member"), csto.disagreements());
        assertEquals(24, result.get(1).agreeing());
        assertEquals(1.0, result.get(1).agreement());
        assertEquals(16, CowIgo.compare(CowIgo.read(SAMPLE, kb()), kb(), 1999, 2000).get(0).compared(), "--from/--to");
    }

    @Test
    void theCommandsReportUnmatchedInputsOnStandardError() {
        CliRunner.Result run = CliRunner.run("compare", "cow-igo", SAMPLE.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("CSTO: 22 of 23 state-years agree (95.7%)\n  2013 UZB: Concert not a member, COW member\n"
                + "NATO: 24 of 24 state-years agree (100.0%)"), run.out());
        assertTrue(run.err().contains("not matched to an organization of Concert: XYZ"), run.err());
        CliRunner.Result imported = CliRunner.run("import", "cow-igo", SAMPLE.toString());
        assertEquals(0, imported.status());
        assertTrue(imported.out().contains("mship:COW-NATO-POL-1"), imported.out());
    }
}
