package org.concert.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inferred classes and properties as of the seed's date, and proof that none of them is asserted. */
class InferenceTest {
    private static final String PREFIXES = KnowledgeBases.PREFIXES;

    private static KnowledgeBase kb() {
        return KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
    }

    private static Set<String> acronyms(String namedQuery) {
        return new TreeSet<>(kb().select(NamedQueries.get(namedQuery).text()).column("acronym"));
    }

    private static boolean ask(String where) {
        return kb().ask(org.concert.query.Queries.parse(PREFIXES + "ASK { " + where + " }", "test"));
    }

    @Test
    void collectiveSecurityProvidersAreTheSeedsFiveAndTheArrangementsOfOtherRegionsWithASourcedChapterViiiStatus() {
        // The seed's five (Eurasia); the AU, the OAS, ECOWAS, SADC and the Arab League from their own acts or the UN's.
        assertEquals(Set.of("AU", "CIS", "CSTO", "ECOWAS", "EU", "LAS", "NATO", "OAS", "OSCE", "SADC"), acronyms("collective-security-providers"));
    }

    @Test
    void collectiveDefenceAlliancesAreNatoAndCsto() {
        assertEquals(Set.of("CSTO", "NATO"), acronyms("collective-defence-alliances"));
    }

    @Test
    void panEuropeanOrganizationsAreOsceAndTheCouncilOfEuropeButNotTheEu() {
        assertEquals(Set.of("CoE", "OSCE"), acronyms("pan-european-organizations"));
    }

    @Test
    void postSovietOrganizationsAreCisCstoAndGuam() {
        assertEquals(Set.of("CIS", "CSTO", "GUAM"), acronyms("post-soviet-organizations"));
    }

    @ParameterizedTest(name = "{0} is inferred a {1}, and the type is not asserted")
    @CsvSource({
            "OSCE, CollectiveSecurityProvider", "NATO, CollectiveSecurityProvider", "CSTO, CollectiveSecurityProvider",
            "EU, CollectiveSecurityProvider", "CIS, CollectiveSecurityProvider",
            "NATO, CollectiveDefenceAlliance", "CSTO, CollectiveDefenceAlliance",
            "OSCE, PanEuropeanOrganization", "CoE, PanEuropeanOrganization",
            "CIS, PostSovietOrganization", "CSTO, PostSovietOrganization", "GUAM, PostSovietOrganization",
            "AU, CollectiveSecurityProvider", "OAS, CollectiveSecurityProvider", "ASEAN, SubRegionalOrganization",
            "ECOWAS, SubRegionalOrganization", "OAS, RegionalArrangement", "SADC, CollectiveSecurityProvider",
            "LAS, RegionalArrangement",
            "UN, UniversalOrganization", "CoE, RegionalOrganization"})
    void inferredTypesComeFromDefinitionsNotAssertions(String organization, String cls) {
        String triple = "rio:" + organization + " a concert:" + cls;
        assertTrue(ask("GRAPH <https://w3id.org/concert/graph/inferred> { " + triple + " }"));
        for (String graph : List.of("schema", "data", "snapshot")) {
            assertFalse(ask("GRAPH <https://w3id.org/concert/graph/" + graph + "> { " + triple + " }"),
                    triple + " must not be asserted in the " + graph + " graph");
        }
    }

    @ParameterizedTest(name = "{0} is not a collective security provider")
    @CsvSource({"CoE", "UN", "CBSS", "BEAC", "BSEC", "SCO", "GUAM", "ASEAN", "IGAD", "ECCAS", "PIF"})
    void universalAndNonSecurityOrganizationsAreNotCollectiveSecurityProviders(String organization) {
        assertFalse(ask("rio:" + organization + " a concert:CollectiveSecurityProvider"));
    }

    @Test
    void noClassOfTheseDefinitionsIsAssertedAnywhereInTheData() {
        for (String cls : List.of("CollectiveSecurityProvider", "CollectiveDefenceAlliance", "PanEuropeanOrganization",
                "PostSovietOrganization", "RegionalOrganization", "UniversalOrganization", "RegionalArrangement",
                "SubRegionalOrganization", "TransatlanticOrganization", "ChapterVIIIOperation", "PartnershipBody",
                "ForceContributor", "UnansweredProposal", "ExistingOrganization")) {
            assertFalse(ask("GRAPH <https://w3id.org/concert/graph/data> { ?x a concert:" + cls + " }"), cls);
        }
        assertFalse(ask("GRAPH <https://w3id.org/concert/graph/data> { ?x concert:protectedBy ?y }"));
    }

    @Test
    void membersOfAnAllianceAreProtectedByItThroughThePropertyChain() {
        List<java.util.Map<String, String>> rows = kb().select(NamedQueries.get("protected-by").text()).rows();
        assertEquals(29 + 6, rows.size());
        assertTrue(rows.contains(java.util.Map.of("state", "ARM", "alliance", "CSTO")));
        assertTrue(rows.contains(java.util.Map.of("state", "USA", "alliance", "NATO")));
        assertTrue(rows.contains(java.util.Map.of("state", "MNE", "alliance", "NATO")));
        assertFalse(rows.contains(java.util.Map.of("state", "UZB", "alliance", "CSTO")));
        assertTrue(ask("GRAPH <https://w3id.org/concert/graph/inferred> { state:ARM concert:protectedBy rio:CSTO }"));
    }

    @Test
    void natoAndTheCstoAreRivalAlliancesWithNoCommonMember() {
        assertEquals(List.of(java.util.Map.of("first", "CSTO", "second", "NATO")),
                kb().select(NamedQueries.get("rival-alliances").text()).rows());
    }

    @Test
    void chapterViiiOperationsAreThoseOfRecognizedArrangementsWithASecurityCouncilMandateAndSayWhoseRecognitionIsContested() {
        List<java.util.Map<String, String>> rows = kb().select(NamedQueries.get("chapter-viii-operations").text()).rows();
        List<String> summary = rows.stream().map(r -> r.get("acronym") + " | " + r.get("resolutions") + " | " + r.get("recognition")).toList();
        assertEquals(List.of(
                "AU | S/RES/1744 (2007) | undisputed",
                "AU | S/RES/1556 (2004) | undisputed",
                "AU | S/RES/2628 (2022) | undisputed",
                "AU | S/RES/2085 (2012) | undisputed",
                "ECOWAS | S/RES/2085 (2012) | undisputed",
                "AU | S/RES/2127 (2013) | undisputed",
                "CIS | S/RES/937 (1994) | contested",
                "ECOWAS | S/RES/788 (1992); S/RES/866 (1993) | undisputed",
                "ECOWAS | S/RES/1132 (1997) | undisputed",
                "ECOWAS | S/RES/1464 (2003) | undisputed",
                "ECOWAS | S/RES/1497 (2003) | undisputed",
                "EU | S/RES/1575 (2004) | contested",
                "NATO | S/RES/1031 (1995) | contested",
                "NATO | S/RES/1386 (2001); S/RES/1510 (2003) | contested",
                "NATO | S/RES/1244 (1999) | contested",
                "NATO | S/RES/2189 (2014) | contested"), summary.stream().map(InferenceTest::sortResolutions).toList());
        assertEquals("CIS peacekeeping force in the zone of the Georgian-Abkhaz conflict", rows.get(6).get("operation"));
        assertEquals(15, rows.stream().map(r -> r.get("operation")).distinct().count(), "16 rows: AFISMA has one for the AU and one for ECOWAS");
        assertTrue(ask("GRAPH <https://w3id.org/concert/graph/inferred> { <https://w3id.org/concert/id/operation/cis-abkhazia> a concert:ChapterVIIIOperation }"));
        assertFalse(ask("GRAPH <https://w3id.org/concert/graph/data> { ?op a concert:ChapterVIIIOperation }"));
        // Canal has no Security Council mandate, UNMIK is the UN's own, the transit route has no conducting organization;
        // the Council only welcomed EULEX (S/PRST/2008/44) and did not authorize the CSTO's deployment in Kazakhstan.
        for (String op : List.of("csto-canal", "un-unmik", "northern-transit-route", "eu-eulex-kosovo", "csto-kazakhstan-2022")) {
            assertFalse(ask("<https://w3id.org/concert/id/operation/" + op + "> a concert:ChapterVIIIOperation"), op);
        }
    }

    @ParameterizedTest(name = "{1}: conducted by {2}, Security Council resolution ''{3}'', {4} to {5}")
    @CsvSource(delimiter = '|', value = {
            "au-ecowas-afisma | African-led International Support Mission in Mali (AFISMA) | AU ECOWAS | S/RES/2085 (2012) | 2013-01-17 | 2013-07-01",
            "au-misca | African-led International Support Mission in the Central African Republic (MISCA) | AU | S/RES/2127 (2013) | 2013-12-19 | 2014-09-15",
            "ecowas-ecomog-sierra-leone | ECOWAS Ceasefire Monitoring Group (ECOMOG) in Sierra Leone | ECOWAS | S/RES/1132 (1997) | | ",
            "eu-althea | EUFOR Althea in Bosnia and Herzegovina | EU | S/RES/1575 (2004) | 2004-12-02 | ",
            "eu-eulex-kosovo | European Union Rule of Law Mission in Kosovo (EULEX Kosovo) | EU | | 2008-12-09 | ",
            "csto-kazakhstan-2022 | CSTO Collective Peacekeeping Forces in Kazakhstan (January 2022) | CSTO | | 2022-01-06 | 2022-01-20"})
    void operationsOfRegionalArrangementsCarryTheirConductorsTheirResolutionAndTheirDates(String id, String label, String conductors,
            String resolution, String begin, String end) {
        List<java.util.Map<String, String>> rows = kb().select(PREFIXES + """
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX time: <http://www.w3.org/2006/time#>
                SELECT ?label ?acronym ?resolution ?begin ?end WHERE {
                  BIND (<https://w3id.org/concert/id/operation/%s> AS ?op)
                  ?op a concert:Operation ; rdfs:label ?label ; concert:conductedBy/concert:acronym ?acronym ; dcterms:source ?source .
                  OPTIONAL { ?op (concert:authorizedBy|concert:endorsedBy)/skos:notation ?resolution }
                  OPTIONAL { ?op time:hasTime/time:hasBeginning/time:inXSDDateTimeStamp ?begin }
                  OPTIONAL { ?op time:hasTime/time:hasEnd/time:inXSDDateTimeStamp ?end }
                }""".formatted(id)).rows();
        assertFalse(rows.isEmpty(), id);
        assertEquals(Set.of(label), rows.stream().map(r -> r.get("label")).collect(java.util.stream.Collectors.toSet()));
        assertEquals(new TreeSet<>(List.of(conductors.split(" "))),
                rows.stream().map(r -> r.get("acronym")).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        assertEquals(resolution == null ? Set.of() : Set.of(resolution), rows.stream().map(r -> r.get("resolution"))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        assertEquals(begin == null ? Set.of() : Set.of(begin + "T00:00:00Z"), rows.stream().map(r -> r.get("begin"))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        assertEquals(end == null ? Set.of() : Set.of(end + "T00:00:00Z"), rows.stream().map(r -> r.get("end"))
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        assertEquals(resolution != null, ask("<https://w3id.org/concert/id/operation/" + id + "> a concert:ChapterVIIIOperation"),
                "a Chapter VIII operation exactly when a resolution authorized or endorsed it");
    }

    private static String sortResolutions(String line) {
        String[] parts = line.split(" \\| ");
        List<String> symbols = new java.util.ArrayList<>(List.of(parts[1].split("; ")));
        java.util.Collections.sort(symbols);
        return parts[0] + " | " + String.join("; ", symbols) + " | " + parts[2];
    }

    @Test
    void bodiesThroughWhichNatoWorksWithNonMembersAreInferredPartnershipBodies() {
        Set<String> bodies = new TreeSet<>(kb().select(PREFIXES
                + "SELECT ?a WHERE { ?b a concert:PartnershipBody ; concert:acronym ?a }").column("a"));
        assertEquals(Set.of("EAPC", "NRC", "PfP"), bodies);
        assertFalse(ask("GRAPH <https://w3id.org/concert/graph/data> { ?b a concert:PartnershipBody }"));
        KnowledgeBase kb1993 = KnowledgeBases.reasoned(java.time.LocalDate.of(1993, 1, 1));
        assertEquals(0, kb1993.select(PREFIXES + "SELECT ?b WHERE { ?b a concert:PartnershipBody }").size(),
                "no partner took part in any of them before Partnership for Peace began in 1994");
    }

    @Test
    void theStatesPledgingContingentsToTheCstoForcesAreInferredForceContributors() {
        assertEquals(Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"), new TreeSet<>(kb().select(PREFIXES
                + "SELECT ?c WHERE { ?s a concert:ForceContributor ; concert:isoAlpha3 ?c }").column("c")));
        assertFalse(ask("GRAPH <https://w3id.org/concert/graph/data> { ?s a concert:ForceContributor }"));
    }

    @Test
    void theCstosTwoProposalsToNatoAreInferredUnanswered() {
        assertEquals(2, kb().select(PREFIXES + """
                SELECT ?p WHERE { ?p a concert:UnansweredProposal ; concert:proposedBy rio:CSTO ; concert:addressedTo rio:NATO }""").size());
        assertFalse(ask("GRAPH <https://w3id.org/concert/graph/data> { ?p a concert:UnansweredProposal }"));
    }

    @Test
    void theDivisionOfLabourGivesEachOrganizationItsRoleInBosniaAndKosovo() {
        List<java.util.Map<String, String>> rows = kb().select(NamedQueries.get("division-of-labour").text()).rows();
        assertEquals(12, rows.size());
        for (String settlement : List.of("Settlement in Bosnia and Herzegovina (1995)", "Settlement in Kosovo (1999)")) {
            List<String> roles = rows.stream().filter(r -> r.get("settlement").equals(settlement))
                    .map(r -> r.get("acronym") + ": " + r.get("role")).toList();
            assertEquals(List.of("EU: economic reconstruction", "NATO: provision of security", "OSCE: democratic institution building",
                    "OSCE: elections", "OSCE: rule of law and human rights", "UN: political guidance"), roles);
        }
    }

    @Test
    void subRegionalAndTransatlanticOrganizationsComeFromTheirDefinitions() {
        assertEquals(Set.of("ASEAN", "BEAC", "BSEC", "CBSS", "ECCAS", "ECOWAS", "IGAD", "SADC"), new TreeSet<>(kb().select(PREFIXES
                + "SELECT ?a WHERE { ?o a concert:SubRegionalOrganization ; concert:acronym ?a }").column("a")));
        assertEquals(Set.of("NATO", "OSCE"), new TreeSet<>(kb().select(PREFIXES
                + "SELECT ?a WHERE { ?o a concert:TransatlanticOrganization ; concert:acronym ?a }").column("a")));
        assertFalse(ask("GRAPH <https://w3id.org/concert/graph/data> { { ?o a concert:SubRegionalOrganization } UNION { ?o a concert:TransatlanticOrganization } }"));
    }

    @Test
    void noStateIsProtectedByTwoAlliances() {
        assertEquals(0, kb().select(NamedQueries.get("dual-alliance-states").text()).size());
    }

    @Test
    void hasMemberIsInferredAsTheInverseOfTheSnapshotsMemberOfLinks() {
        assertTrue(ask("GRAPH <https://w3id.org/concert/graph/snapshot> { state:ARM org:memberOf rio:CSTO }"));
        assertTrue(ask("GRAPH <https://w3id.org/concert/graph/inferred> { rio:CSTO org:hasMember state:ARM }"));
        assertFalse(ask("GRAPH <https://w3id.org/concert/graph/data> { ?s org:memberOf ?o }"),
                "membership links are derived for a snapshot, never typed in");
    }

    @Test
    void inferencesFollowTheSnapshotDate() {
        KnowledgeBase kb1990 = KnowledgeBases.reasoned(java.time.LocalDate.of(1990, 1, 1));
        Set<String> providers = new TreeSet<>(kb1990.select(NamedQueries.get("collective-security-providers").text())
                .column("acronym"));
        assertEquals(Set.of("ECOWAS", "EU", "LAS", "NATO", "OAS", "OSCE"), providers, "the CIS, the CSTO, SADC and the AU did not yet exist");
        assertEquals(Set.of("NATO"), new TreeSet<>(kb1990.select(NamedQueries.get("collective-defence-alliances").text())
                .column("acronym")));
        assertEquals(Set.of(), new TreeSet<>(kb1990.select(NamedQueries.get("post-soviet-organizations").text())
                .column("acronym")), "neither the CIS nor the CSTO had members on 1 January 1990");
        assertTrue(kb1990.ask(org.concert.query.Queries.parse(PREFIXES + """
                ASK { GRAPH <https://w3id.org/concert/graph/snapshot> { rio:CSTO concert:inExistence false } }""", "test")));
        assertFalse(kb1990.ask(org.concert.query.Queries.parse(PREFIXES + "ASK { rio:CSTO a concert:ExistingOrganization }", "test")));
    }

    @Test
    void resolutionsThatOnlyWelcomedOrCommendedAnOperationEndorseItAndStillMakeItAChapterViiiOperation() {
        assertTrue(ask("<https://w3id.org/concert/id/operation/cis-abkhazia> concert:endorsedBy ?r"));
        assertFalse(ask("<https://w3id.org/concert/id/operation/cis-abkhazia> concert:authorizedBy ?r"), "937 (1994) only welcomed the force");
        assertFalse(ask("<https://w3id.org/concert/id/operation/ecowas-ecomog-liberia> concert:authorizedBy ?r"), "788 and 866 commended it");
        assertTrue(ask("<https://w3id.org/concert/id/operation/cis-abkhazia> a concert:ChapterVIIIOperation"));
        assertTrue(ask("<https://w3id.org/concert/id/operation/ecowas-ecomog-liberia> a concert:ChapterVIIIOperation"));
        assertTrue(ask("<https://w3id.org/concert/id/operation/eu-althea> concert:authorizedBy ?r"), "1575 (2004) authorized EUFOR");
    }
}
