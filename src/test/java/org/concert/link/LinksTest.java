package org.concert.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.concert.KnowledgeBases;
import org.concert.cli.CliRunner;
import org.concert.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class LinksTest {

    private static KnowledgeBase kb() {
        return KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
    }

    @Test
    void theLinksetHasOneLinkPerLinkedStateAndOrganizationAndAVoidDescriptionThatCountsThem() {
        Model m = Linkset.model(kb());
        long links = m.listStatements(null, SKOS.exactMatch, (org.apache.jena.rdf.model.RDFNode) null).toList().size();
        assertEquals(197 + 2 + 17, links, "193 UN members, the Holy See, the Cook Islands, Niue and Palestine; New Caledonia and French Polynesia;"
                + " the 17 organizations with a verified item (not BEAC, IGAD, ECCAS, PIF)");
        var linkset = m.createResource(Linkset.LINKSET);
        assertTrue(m.contains(linkset, org.apache.jena.vocabulary.RDF.type, VOID.Linkset));
        assertEquals(links, linkset.getProperty(VOID.triples).getLong());
        assertTrue(m.contains(linkset, VOID.linkPredicate, SKOS.exactMatch));
        assertTrue(m.contains(linkset, VOID.objectsTarget, m.createResource(Linkset.WIKIDATA_DATASET)));
        assertTrue(m.contains(m.createResource("https://w3id.org/concert/id/org/CSTO"), SKOS.exactMatch,
                m.createResource("http://www.wikidata.org/entity/Q318693")));
    }

    @Test
    void theCsvExportHasAHeaderAndOneLinePerLink() {
        List<String> lines = Linkset.csv(kb()).lines().toList();
        assertEquals("entity,label,kind,target", lines.get(0));
        assertEquals(1 + 216, lines.size());
        assertTrue(lines.contains("https://w3id.org/concert/id/org/NATO,North Atlantic Treaty Organization,organization,http://www.wikidata.org/entity/Q7184"));
    }

    @Test
    void theBundledLinksAreWellFormedAndUniqueAndTheUnlinkedAreListed() {
        List<LinkCheck.Finding> findings = LinkCheck.check(kb(), null);
        Set<String> unlinked = new TreeSet<>();
        for (LinkCheck.Finding f : findings) {
            assertEquals("unlinked", f.kind(), f.toString());
            unlinked.add(f.entity().replaceAll(".*/", ""));
        }
        assertEquals(Set.of("BEAC", "ECCAS", "IGAD", "PIF", "ESH", "CSK", "DDR", "SCG", "SUN", "YMD", "YUG", "ZAN"), unlinked);
    }

    @Test
    void anExternalCopyRevealsLinksToTheWrongKindOfThing() {
        Model external = RDFDataMgr.loadModel("src/test/resources/link/wikidata-extract.nt");
        List<String> wrong = LinkCheck.check(kb(), external).stream().filter(f -> f.kind().equals("wrong-kind"))
                .map(f -> f.entity().replaceAll(".*/", "")).sorted().toList();
        assertEquals(List.of("FRA", "NATO"), wrong, "France's item typed as a city, NATO's as a country");
    }

    @Test
    void theLinksCommandExportsAndChecks() {
        CliRunner.Result csv = CliRunner.run("links", "--format", "csv");
        assertEquals(0, csv.status(), csv.err());
        assertEquals(217, csv.out().lines().count());
        CliRunner.Result check = CliRunner.run("links", "--check", "--external", "src/test/resources/link/wikidata-extract.nt");
        assertEquals(1, check.status());
        assertTrue(check.out().contains("216 links, 2 wrong, 12 entities without a link"), check.out());
    }
}
