package org.concert.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.concert.query.NamedQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plain notation for every kind of class expression, and escaping, on a small test ontology whose labels and
 * IRIs try to break the page.
 */
class OntologyDocsNotationTest {
    private static final String NS = "http://example.org/test#";
    private static final String TTL = """
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix dcterms: <http://purl.org/dc/terms/> .
            @prefix ex:   <http://example.org/test#> .
            @prefix other: <http://example.org/other#> .

            <http://example.org/test> a owl:Ontology ;
                dcterms:title "Test <b>ontology</b> & friends"@en ;
                dcterms:creator "Ann O'Hara" , <http://example.org/people/bob> .

            ex:A a owl:Class ; rdfs:label "a <script>alert('A')</script> class"@en ;
                skos:definition "Less than: <, ampersand: &, quote: \\", apostrophe: ', control:\\u0001."@en ;
                rdfs:seeAlso <javascript:alert(1)> , <https://example.org/page?a=1&b=2> ;
                dcterms:source "Treaty of <Somewhere>" .
            ex:B a owl:Class ; rdfs:label "B"@en .
            ex:C a owl:Class .
            ex:p a owl:ObjectProperty ; rdfs:label "p"@de , "the p"@en .
            ex:d a owl:DatatypeProperty .
            ex:i a owl:NamedIndividual , ex:B .
            ex:j a owl:NamedIndividual .

            ex:Union a owl:Class ; owl:equivalentClass [ a owl:Class ; owl:unionOf ( ex:A ex:B other:Ext ) ] .
            ex:Not a owl:Class ; owl:equivalentClass [ a owl:Class ; owl:complementOf ex:A ] .
            ex:NotAnd a owl:Class ; owl:equivalentClass [ a owl:Class ; owl:complementOf [ owl:intersectionOf ( ex:A ex:B ) ] ] .
            ex:One a owl:Class ; owl:equivalentClass [ a owl:Class ; owl:oneOf ( ex:i ex:j ) ] .
            ex:Only a owl:Class ; owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:p ; owl:allValuesFrom [ owl:unionOf ( ex:A ex:B ) ] ] .
            ex:Value a owl:Class ; owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:d ; owl:hasValue "x<y" ] .
            ex:Min a owl:Class ; owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:p ; owl:minCardinality "2"^^xsd:nonNegativeInteger ] .
            ex:Max a owl:Class ; owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:p ; owl:maxQualifiedCardinality "3"^^xsd:nonNegativeInteger ; owl:onClass ex:C ] .
            ex:Exactly a owl:Class ; owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:p ; owl:cardinality "1"^^xsd:nonNegativeInteger ] .
            ex:Range a owl:Class ; owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:d ;
                owl:someValuesFrom [ a rdfs:Datatype ; owl:onDatatype xsd:integer ;
                    owl:withRestrictions ( [ xsd:minInclusive 1 ] [ xsd:maxExclusive 10 ] ) ] ] .
            ex:Nested a owl:Class ; owl:equivalentClass [ owl:intersectionOf ( ex:A
                [ a owl:Restriction ; owl:onProperty [ owl:inverseOf ex:p ] ; owl:someValuesFrom [ owl:intersectionOf ( ex:B ex:C ) ] ] ) ] .
            """;

    private static OntologyDocs docs;
    private static String html;
    private static Document page;

    @BeforeAll
    static void render() throws Exception {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(TTL, Lang.TURTLE).parse(model);
        docs = OntologyDocs.of(model, "http://example.org/test", NS,
                List.of(new NamedQuery("uses-b", "Which Bs?", "PREFIX t: <" + NS + ">\nSELECT * { ?x a t:B ; t:Bx ?y }")));
        html = docs.html();
        page = OntologyDocsTest.parseXml(html);
    }

    private static String definition(String name) {
        return docs.term(name).orElseThrow().equivalents().get(0);
    }

    @Test
    void unionComplementAndOneOfReadAsOrNotAndBraces() {
        assertEquals("A or B or other:Ext", definition("Union"));
        assertEquals("not A", definition("Not"));
        assertEquals("not (A and B)", definition("NotAnd"));
        assertEquals("{i, j}", definition("One"));
    }

    @Test
    void restrictionsReadAsSomeOnlyValueAndCardinalities() {
        assertEquals("p only (A or B)", definition("Only"));
        assertEquals("d value \"x<y\"", definition("Value"));
        assertEquals("p min 2", definition("Min"));
        assertEquals("p max 3 C", definition("Max"));
        assertEquals("p exactly 1", definition("Exactly"));
        assertEquals("d some xsd:integer[>= 1, < 10]", definition("Range"));
        assertEquals("A and ((inverse p) some (B and C))", definition("Nested"));
    }

    @Test
    void everyTermOfTheNamespaceHasAnEntryAndOthersHaveNone() {
        assertEquals(14, docs.terms().stream().filter(t -> t.kind() == Term.Kind.CLASS).count());
        // By kind (object, then datatype properties, then individuals), then by IRI.
        assertEquals(List.of("p", "d", "i", "j"), docs.terms().stream().filter(t -> t.kind() != Term.Kind.CLASS)
                .map(Term::localName).toList());
        assertEquals(18, OntologyDocsTest.entries(page, "term").size());
        assertFalse(html.contains("id=\"Ext\""), "terms of other namespaces are linked, not documented");
        assertEquals("the p", docs.term("p").orElseThrow().label(), "English label preferred");
    }

    @Test
    void valuesAreEscapedSoThatThePageStaysWellFormedAndRunsNoScript() {
        // The page parsed as XML (in render()), so nothing broke out of its element or attribute.
        assertFalse(html.contains("<script"), "a label's markup is text, not an element");
        assertFalse(html.contains("<b>"));
        assertTrue(html.contains("a &lt;script&gt;alert(&#39;A&#39;)&lt;/script&gt; class"));
        assertEquals("a <script>alert('A')</script> class", heading("A"));
        assertEquals("Test <b>ontology</b> & friends", page.getElementsByTagNameNS("*", "h1").item(0).getTextContent());
        assertTrue(html.contains("Less than: &lt;, ampersand: &amp;, quote: &quot;, apostrophe: &#39;, control:\uFFFD."));
        assertTrue(html.contains("Treaty of &lt;Somewhere&gt;"));
        assertTrue(html.contains("href=\"https://example.org/page?a=1&amp;b=2\""));
    }

    @Test
    void onlyWebIrisBecomeLinks() {
        NodeList links = page.getElementsByTagNameNS("*", "a");
        for (int i = 0; i < links.getLength(); i++) {
            String href = ((Element) links.item(i)).getAttribute("href");
            assertTrue(href.startsWith("#") || href.startsWith("http://") || href.startsWith("https://")
                    || href.equals("concert.ttl"), href);
        }
        assertTrue(html.contains("<code>javascript:alert(1)</code>"));
    }

    @Test
    void namedQueriesAreUsagesOnlyWhereTheyNameTheWholeTerm() {
        assertTrue(html.contains("<code>uses-b</code>"));
        assertEquals(1, html.split("<code>uses-b</code>", -1).length - 1, "B, and not A or C or Bx");
    }

    private static String heading(String id) {
        NodeList sections = page.getElementsByTagNameNS("*", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (s.getAttribute("id").equals(id)) {
                return s.getElementsByTagNameNS("*", "h3").item(0).getFirstChild().getTextContent().strip();
            }
        }
        throw new AssertionError(id);
    }
}
