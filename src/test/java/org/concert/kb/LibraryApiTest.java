package org.concert.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.KnowledgeBases;
import org.junit.jupiter.api.Test;

/** The library's surface as a Java developer meets it: text queries of every form, typed values, data as a model. */
class LibraryApiTest {
    private static final String PREFIX = "PREFIX concert: <https://w3id.org/concert/ontology#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @Test
    void askAndConstructTakeTextLikeSelect() {
        KnowledgeBase kb = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
        assertTrue(kb.ask(PREFIX + "ASK { ?o concert:acronym \"CSTO\" ; a concert:CollectiveSecurityProvider }"));
        Model providers = kb.construct(PREFIX + "CONSTRUCT { ?o a concert:CollectiveSecurityProvider } "
                + "WHERE { ?o a concert:CollectiveSecurityProvider }");
        assertEquals(10, providers.size());
    }

    @Test
    void aQueryOfTheWrongFormIsE019() {
        KnowledgeBase kb = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
        assertEquals(ErrorCode.QUERY_FORM, assertThrows(ConcertException.class, () -> kb.select("ASK {}")).code());
        assertEquals(ErrorCode.QUERY_FORM, assertThrows(ConcertException.class, () -> kb.ask("SELECT * {}")).code());
        assertEquals(ErrorCode.QUERY_FORM, assertThrows(ConcertException.class, () -> kb.construct("SELECT * {}")).code());
    }

    @Test
    void typedValuesKeepDatatypesAndLanguages() {
        KnowledgeBase kb = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
        Map<String, RDFNode> row = kb.select(PREFIX + "SELECT ?label (COUNT(*) AS ?n) WHERE { ?o concert:acronym \"CSTO\" ; "
                + "rdfs:label ?label FILTER(lang(?label) = \"en\") } GROUP BY ?label").nodes().get(0);
        assertEquals("en", row.get("label").asLiteral().getLanguage());
        assertEquals(XSDDatatype.XSDinteger, row.get("n").asLiteral().getDatatype());
        assertEquals(1, row.get("n").asLiteral().getInt());
        List<RDFNode> orgs = kb.select(PREFIX + "SELECT ?o WHERE { ?o concert:acronym \"CSTO\" }").values("o");
        assertEquals("https://w3id.org/concert/id/org/CSTO", orgs.get(0).asResource().getURI());
    }

    @Test
    void aJenaModelIsAddedLikeAFile() {
        Model mine = ModelFactory.createDefaultModel();
        mine.add(mine.createResource("https://example.org/note"), RDFS.comment, "a note of my own", "en");
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).addModel(mine).build();
        assertTrue(kb.ask("ASK { <https://example.org/note> ?p ?o }"));
    }

    @Test
    void datesCompareAsTheReadmeSays() {
        KnowledgeBase kb = KnowledgeBases.asserted(KnowledgeBases.SEED_DATE);
        String stamps = "PREFIX time: <http://www.w3.org/2006/time#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "SELECT (COUNT(*) AS ?n) WHERE { ?i time:inXSDDateTimeStamp ?t FILTER (?t < %s) }";
        int asStamp = kb.select(String.format(stamps, "\"1950-01-01T00:00:00Z\"^^xsd:dateTimeStamp")).nodes().get(0).get("n").asLiteral().getInt();
        assertTrue(asStamp > 0, "instants before 1950, compared as stamps");
        assertEquals(0, kb.select(String.format(stamps, "\"1950-01-01\"^^xsd:date")).nodes().get(0).get("n").asLiteral().getInt(),
                "an xsd:date literal does not compare with a stamp: the README warns of it");
        int before = kb.select("PREFIX time: <http://www.w3.org/2006/time#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                + "SELECT (COUNT(*) AS ?n) WHERE { ?i time:inXSDDateTimeStamp ?t BIND (xsd:date(SUBSTR(STR(?t), 1, 10)) AS ?day) "
                + "FILTER (?day < \"1950-01-01\"^^xsd:date) }").nodes().get(0).get("n").asLiteral().getInt();
        assertEquals(asStamp, before, "a stamp turned into an xsd:date, as the named queries do, compares with xsd:date literals");
    }

    @Test
    void aBuildWithoutASnapshotDateIsRefusedSoThatBuildsAreReproducible() {
        assertEquals(ErrorCode.INVALID_DATE, assertThrows(ConcertException.class, () -> KnowledgeBase.bundled().build()).code());
    }
}
