package org.concert.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.concert.KnowledgeBases;
import org.junit.jupiter.api.Test;

class NamedQueriesTest {
    private static final Map<String, List<String>> COLUMNS = Map.ofEntries(
            Map.entry("seed-table", List.of("acronym", "members")),
            Map.entry("seed-table-notes", List.of("acronym", "northAmerica", "caucasus", "centralAsia")),
            Map.entry("collective-security-providers", List.of("acronym")),
            Map.entry("collective-defence-alliances", List.of("acronym")),
            Map.entry("pan-european-organizations", List.of("acronym")),
            Map.entry("post-soviet-organizations", List.of("acronym")),
            Map.entry("protected-by", List.of("state", "alliance")),
            Map.entry("dual-alliance-states", List.of("state")),
            Map.entry("membership-history", List.of("state", "acronym", "status", "begin", "end", "source")),
            Map.entry("chapter-viii-operations", List.of("operation", "acronym", "resolutions", "recognition")),
            Map.entry("participants", List.of("acronym", "participant", "status")),
            Map.entry("bodies", List.of("organization", "body", "kind", "functions")),
            Map.entry("inter-organization-relations", List.of("relation", "kind", "parties", "concluded", "response")),
            Map.entry("force-contributions", List.of("force", "state", "formation", "count")),
            Map.entry("organizations", List.of("acronym", "name", "scope", "established", "functions", "chapterVIII", "wikidata")));

    @Test
    void theBundledQueriesAreExactlyTheFilesOfTheQueriesFolder() throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .forEach(n -> files.add(n.substring(0, n.length() - 3)));
        }
        assertEquals(files, new TreeSet<>(NamedQueries.all().stream().map(NamedQuery::name).toList()));
        assertTrue(files.containsAll(COLUMNS.keySet()));
    }

    @Test
    void everyNamedQueryStatesItsQuestionAndReturnsTheFixedColumns() {
        for (NamedQuery q : NamedQueries.all()) {
            assertFalse(q.question().isBlank(), q.name() + " has no opening comment");
            SelectResult result = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE).select(q.text());
            if (COLUMNS.containsKey(q.name())) {
                assertEquals(COLUMNS.get(q.name()), result.variables(), q.name());
            }
        }
    }

    @Test
    void membershipHistoryListsBothCstoPeriodsOfUzbekistanWithDates() {
        List<Map<String, String>> rows = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE)
                .select(NamedQueries.get("membership-history").text()).rows().stream()
                .filter(r -> r.get("state").equals("UZB") && r.get("acronym").equals("CSTO")).toList();
        assertEquals(3, rows.size(), "full member 1992-1999, full member 2006-2012, then suspended until withdrawal");
        assertEquals(List.of("full member", "full member", "suspended member"), rows.stream().map(r -> r.get("status")).toList());
        assertEquals("1992-05-15", rows.get(0).get("begin"));
        assertTrue(rows.get(2).get("end").startsWith("2012-"));
    }

    @Test
    void uzbekistanIsACstoMemberIn2010AndNotIn2013() {
        assertTrue(cstoMembers(LocalDate.of(2010, 1, 1)).contains("UZB"));
        assertFalse(cstoMembers(LocalDate.of(2013, 1, 1)).contains("UZB"));
        assertEquals(Set.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"), cstoMembers(LocalDate.of(2018, 1, 1)));
    }

    private static Set<String> cstoMembers(LocalDate date) {
        Set<String> states = new TreeSet<>();
        for (Map<String, String> row : org.concert.kb.KnowledgeBase.bundled().asOf(date).build()
                .select(NamedQueries.get("members").text()).rows()) {
            if (row.get("acronym").equals("CSTO")) {
                states.add(row.get("state"));
            }
        }
        return states;
    }
}
