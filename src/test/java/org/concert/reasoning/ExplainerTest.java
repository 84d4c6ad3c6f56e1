package org.concert.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class ExplainerTest {

    private static KnowledgeBase kb() {
        return KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
    }

    @Test
    void whyTheCstoIsACollectiveSecurityProviderNamesItsRecognitionFunctionAndScopeWithSources() {
        Explainer.Explanation e = kb().explain("CSTO", "CollectiveSecurityProvider", null, 2);
        assertEquals("CSTO Type CollectiveSecurityProvider", e.entailment());
        assertEquals(2, e.justifications().size());
        List<String> first = e.justifications().get(0).axioms();
        assertTrue(first.stream().anyMatch(a -> a.startsWith("CSTO recognizedUnder UN Charter, Chapter VIII")
                && a.contains("[source: Nikitin, Regional Inter-State Organizations (seed), section 'CSTO and NATO")), String.join("\n", first));
        assertTrue(first.stream().anyMatch(a -> a.startsWith("CSTO hasGeographicScope post-Soviet space")));
        assertTrue(first.stream().anyMatch(a -> a.startsWith("CollectiveSecurityProvider EquivalentTo")));
        assertTrue(first.stream().anyMatch(a -> a.startsWith("CSTO performsFunction ") && a.contains("[source: ")));
    }

    @Test
    void whyArmeniaIsProtectedByTheCstoGoesThroughItsMembershipAndThePropertyChain() {
        Explainer.Explanation e = kb().explain("ARM", "protectedBy", "CSTO", 1);
        List<String> axioms = e.justifications().get(0).axioms();
        assertTrue(axioms.contains("Armenia memberOf CSTO    [source: derived for the snapshot from the dated membership records]"),
                String.join("\n", axioms));
        assertTrue(axioms.contains("memberOf o allianceItself SubPropertyOf: protectedBy"), String.join("\n", axioms));
    }

    @Test
    void theStepsOfAnExplanationAreDataWithTheirEntitiesAndSources() {
        Explainer.Justification j = kb().explain("ARM", "protectedBy", "CSTO", 1).justifications().get(0);
        Explainer.Step membership = j.steps().stream().filter(s -> s.axiom().equals("Armenia memberOf CSTO")).findFirst()
                .orElseThrow(() -> new AssertionError(j.axioms().toString()));
        assertEquals(List.of("http://www.w3.org/ns/org#memberOf", "https://w3id.org/concert/id/org/CSTO",
                "https://w3id.org/concert/id/state/ARM"), membership.entities());
        assertEquals("derived for the snapshot from the dated membership records", membership.source());
        Explainer.Step chain = j.steps().stream().filter(s -> s.axiom().startsWith("memberOf o allianceItself")).findFirst()
                .orElseThrow(() -> new AssertionError(j.axioms().toString()));
        assertEquals(null, chain.source(), "a schema axiom has no data source");
        assertEquals(j.steps().size(), j.axioms().size());
    }

    @Test
    void whyTheCisIsPostSovietUsesTheSnapshotsClosure() {
        List<String> axioms = kb().explain("CIS", "PostSovietOrganization", null, 1).justifications().get(0).axioms();
        assertTrue(axioms.stream().anyMatch(a -> a.startsWith("CIS Type hasMember only ({Armenia")
                && a.endsWith("[source: the snapshot's closure of membership]")), String.join("\n", axioms));
    }

    @Test
    void theCouncilOfEuropeIsNotAProviderAndTheMessageSaysWhatIsMissing() {
        ConcertException e = assertThrows(ConcertException.class, () -> kb().explain("CoE", "CollectiveSecurityProvider", null, 1));
        assertEquals(ErrorCode.NOT_ENTAILED, e.code());
        assertTrue(e.getMessage().endsWith("not met: RegionalArrangement, performsFunction some SecurityFunction"), e.getMessage());
        assertFalse(e.getMessage().contains("RegionalOrganization"), "the CoE is a regional organization");
    }

    @Test
    void anUnknownSubjectOrClassIsE130() {
        assertEquals(ErrorCode.UNKNOWN_ENTITY,
                assertThrows(ConcertException.class, () -> kb().explain("Atlantis", "CollectiveSecurityProvider", null, 1)).code());
        assertEquals(ErrorCode.UNKNOWN_ENTITY,
                assertThrows(ConcertException.class, () -> kb().explain("CSTO", "GreatPower", null, 1)).code());
    }

    @Test
    void aFactTheSnapshotDerivedNamesWhatItWasDerivedFrom() {
        Explainer.Justification j = kb().explain("CSTO", "CollectiveSecurityProvider", null, 1).justifications().get(0);
        Explainer.Step existence = j.steps().stream().filter(s -> s.axiom().equals("CSTO inExistence true")).findFirst()
                .orElseThrow(() -> new AssertionError(j.axioms().toString()));
        assertTrue(existence.source().startsWith("derived for the snapshot from the establishment date ("), existence.source());
        assertTrue(existence.source().contains("organizations-wikidata.csv"), "and the sources of the organization's record");
    }
}
