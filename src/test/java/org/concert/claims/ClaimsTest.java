package org.concert.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.concert.KnowledgeBases;
import org.concert.cli.CliRunner;
import org.concert.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    private static Map<String, Claims.Check> byClaim(KnowledgeBase kb) {
        return Claims.check(kb).stream().collect(Collectors.toMap(c -> c.claim().replaceAll(".*/", ""), c -> c));
    }

    @Test
    void onFirstJanuary2018EveryFigureOfTheSeedsTableAndNotesAgrees() {
        Map<String, Claims.Check> checks = byClaim(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE));
        assertEquals(23, checks.size());
        List<String> table = checks.keySet().stream().filter(k -> k.startsWith("seed-table-") || k.startsWith("seed-notes-")).sorted().toList();
        assertEquals(7 + 9, table.size());
        for (String k : table) {
            assertEquals(Claims.Verdict.AGREE, checks.get(k).verdict(), k + ": " + checks.get(k));
        }
        assertEquals(Claims.Verdict.AGREE, checks.get("seed-uzbekistan-entries").verdict());
        assertEquals(Claims.Verdict.AGREE, checks.get("seed-uzbekistan-withdrawal").verdict());
        assertEquals(Claims.Verdict.AGREE, checks.get("seed-cis-operations").verdict());
        assertEquals(Claims.Verdict.AGREE, checks.get("seed-csto-members-in-pfp").verdict());
        assertEquals(0L, checks.get("seed-csto-members-in-eapc").computed());
    }

    @Test
    void aDisagreementOfDefinitionSaysWhichDefinitionTheKnowledgeBaseUses() {
        Claims.Check europe = byClaim(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE)).get("seed-un-europe");
        assertEquals(Claims.Verdict.DISAGREE, europe.verdict());
        assertEquals(45, europe.claimed());
        assertEquals(43L, europe.computed());
        assertTrue(europe.definitionNote().startsWith("Concert's European states follow the UN M49 region Europe"));
    }

    @Test
    void aFigureTheDataDoesNotHoldCannotBeChecked() {
        Claims.Check strength = byClaim(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE)).get("seed-cfor-strength");
        assertEquals(Claims.Verdict.CANNOT_CHECK, strength.verdict());
        assertNull(strength.computed());
    }

    @Test
    void beforePartnershipForPeaceBeganNoCstoMemberWasInItSoTheClaimThatItIncludesThemAllDisagrees() {
        Claims.Check pfp = byClaim(KnowledgeBase.bundled().asOf(LocalDate.of(1993, 6, 1)).build()).get("seed-csto-members-in-pfp");
        assertEquals(Claims.Verdict.DISAGREE, pfp.verdict());
        long cstMembers = KnowledgeBase.bundled().asOf(LocalDate.of(1993, 6, 1)).build().select("""
                SELECT ?s WHERE { ?s <http://www.w3.org/ns/org#memberOf> <https://w3id.org/concert/id/org/CSTO> }""").size();
        assertEquals(cstMembers, pfp.computed());
    }

    @Test
    void onAnotherDateTheTableNoLongerHolds() {
        Map<String, Claims.Check> checks = byClaim(KnowledgeBase.bundled().asOf(LocalDate.of(2026, 11, 28)).build());
        assertEquals(Claims.Verdict.DISAGREE, checks.get("seed-table-NATO").verdict());
        assertEquals(32L, checks.get("seed-table-NATO").computed());
    }

    @Test
    void theClaimsCommandPrintsEachClaimAndTheTally() {
        CliRunner.Result run = CliRunner.run("claims");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("agree        The seed's table: OSCE has 57 member or participating states.\n"
                + "             seed: 57    knowledge base: 57"), run.out());
        assertTrue(run.out().endsWith("21 claims agree as of 2018-01-01\n"), run.out());
    }
}
