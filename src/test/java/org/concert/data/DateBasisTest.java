package org.concert.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: one date convention, stated in the data. Every membership says which legal event the day that begins it
 * stands for (concert:dateBasis), and ontology/data/DATE-CONVENTIONS.md says which event each organization uses.
 */
class DateBasisTest {
    private static final String PREFIXES = KnowledgeBases.PREFIXES + """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private static KnowledgeBase kb() {
        return KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
    }

    private static List<Map<String, String>> rows(String query) {
        return kb().select(PREFIXES + query).rows();
    }

    private static String basis(String membership) {
        List<Map<String, String>> found = rows("SELECT ?b WHERE { <https://w3id.org/concert/id/membership/" + membership
                + "> concert:dateBasis ?b }");
        assertEquals(1, found.size(), membership);
        return found.get(0).get("b").replace("https://w3id.org/concert/ontology#", "");
    }

    @Test
    void everyMembershipHasExactlyOneDateBasis() {
        assertEquals(List.of(), rows("""
                SELECT ?m (COUNT(?b) AS ?n) WHERE { ?m a org:Membership OPTIONAL { ?m concert:dateBasis ?b } }
                GROUP BY ?m HAVING (COUNT(?b) != 1)"""));
    }

    @Test
    void everyDateBasisIsADefinedDateBasisWithALabelAndADefinition() {
        assertEquals(List.of(), rows("""
                SELECT DISTINCT ?b WHERE { ?m concert:dateBasis ?b
                  FILTER NOT EXISTS { ?b a concert:DateBasis ; rdfs:label ?l ; skos:definition ?d } }"""));
    }

    @Test
    void onlyMembershipsHaveADateBasis() {
        assertEquals(List.of(), rows("SELECT ?x WHERE { ?x concert:dateBasis ?b FILTER NOT EXISTS { ?x a org:Membership } }"));
    }

    @Test
    void theFoundersOfTheSeedsSevenOrganizationsFollowTheConventionTable() {
        // DATE-CONVENTIONS.md: the OSCE from its register, the CoE, CIS and CSTO from signature, the EU, NATO and the UN
        // from the founding treaty's entry into force.
        assertEquals("RegisterDate", basis("OSCE-FRA-1"));
        assertEquals("Signature", basis("CoE-FRA-1"));
        assertEquals("EntryIntoForce", basis("EU-FRA-1"));
        assertEquals("EntryIntoForce", basis("NATO-FRA-1"));
        assertEquals("Signature", basis("CIS-RUS-1"));
        assertEquals("Signature", basis("CSTO-RUS-1"));
        assertEquals("EntryIntoForce", basis("UN-FRA-1"));
    }

    @Test
    void laterAccessionsAreDatedByTheEventEachOrganizationCountsFrom() {
        assertEquals("DepositOfInstrument", basis("NATO-MNE-1"));
        assertEquals("DepositOfInstrument", basis("OAS-CAN-1"));
        assertEquals("DepositOfInstrument", basis("UN-GRC-1"));
        assertEquals("OrganDecision", basis("UN-MNE-1"));
        assertEquals("OrganDecision", basis("AU-MAR-1"));
        assertEquals("EntryIntoForce", basis("EU-HRV-1"));
        assertEquals("Launch", basis("AU-NGA-1"));
        assertEquals("Launch", basis("PIF-AUS-1"));
        assertEquals("TermOfOffice", basis("UNSC-KAZ-1"));
        assertEquals("StateNotification", basis("UN-RUS-1"));
        assertEquals("Succession", basis("OSCE-RUS-1"));
    }

    @Test
    void suspensionsBeginWithTheOrgansDecisionOrTheStatesOwnNotification() {
        Set<String> bases = new TreeSet<>();
        for (Map<String, String> r : rows("""
                SELECT DISTINCT ?b WHERE { ?m org:role concert:SuspendedMember ; concert:dateBasis ?b }""")) {
            bases.add(r.get("b").replace("https://w3id.org/concert/ontology#", ""));
        }
        assertEquals(Set.of("OrganDecision", "StateNotification"), bases);
    }
}
