package org.concert.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.concert.KnowledgeBases;
import org.junit.jupiter.api.Test;

import com.ibm.icu.util.Region;

/**
 * Identifiers and groupings checked against an independent copy of UN M49: Unicode CLDR's territory data as shipped
 * in ICU4J, which takes each territory's numeric code and its containment from M49.
 */
class IdentifiersTest {
    private static final String PREFIXES = """
            PREFIX concert: <https://w3id.org/concert/ontology#>
            """;

    private static List<Map<String, String>> rows(String select) {
        return KnowledgeBases.asserted(KnowledgeBases.SEED_DATE).select(PREFIXES + select).rows();
    }

    @Test
    void everyCurrentStateAndTerritoryHasTheM49CodeThatCldrGivesItsIsoCode() {
        Map<String, String> ours = new TreeMap<>();
        for (Map<String, String> r : rows("""
                SELECT ?a2 ?m49 WHERE { ?x concert:isoAlpha2 ?a2 . OPTIONAL { ?x concert:m49Code ?m49 } }""")) {
            ours.put(r.get("a2"), r.getOrDefault("m49", ""));
        }
        assertEquals(200, ours.size(), "193 UN members, the Holy See, the Cook Islands, Niue, Palestine, the Sahrawi Republic, New Caledonia, French Polynesia");
        Map<String, String> cldr = new TreeMap<>();
        ours.keySet().forEach(a2 -> cldr.put(a2, String.format("%03d", Region.getInstance(a2).getNumericCode())));
        assertEquals(cldr, ours);
    }

    @Test
    void theEuropeanStatesAreExactlyTheStatesThatM49PlacesInEurope() {
        assertEquals(statesIn("150"), grouping("EuropeanState"));
        assertEquals(statesIn("143"), grouping("CentralAsianState"));
        assertEquals(statesIn("021"), grouping("NorthAmericanState"));
    }

    @Test
    void historicalStatesHaveNoM49CodeBecauseCldrCannotConfirmOne() {
        assertEquals(List.of(), rows("SELECT ?x WHERE { ?x a concert:HistoricalState ; concert:m49Code ?c }"));
        // CLDR maps the German Democratic Republic's deprecated code to Germany's, so it is no source for M49's 278.
        assertEquals(276, Region.getInstance("DD").getNumericCode());
    }

    /** The states of the knowledge base (not territories) whose M49 containment includes the given region. */
    private static Set<String> statesIn(String m49Region) {
        Region region = Region.getInstance(m49Region);
        Set<String> in = new TreeSet<>();
        for (Map<String, String> r : rows("""
                SELECT ?a2 WHERE { ?x a concert:State ; concert:isoAlpha2 ?a2 }""")) {
            if (region.contains(Region.getInstance(r.get("a2")))) {
                in.add(r.get("a2"));
            }
        }
        assertTrue(!in.isEmpty(), m49Region);
        return in;
    }

    private static Set<String> grouping(String cls) {
        Set<String> out = new TreeSet<>();
        rows("SELECT ?a2 WHERE { ?x a concert:" + cls + " ; concert:isoAlpha2 ?a2 }").forEach(r -> out.add(r.get("a2")));
        return out;
    }
}
