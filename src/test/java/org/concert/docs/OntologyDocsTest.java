package org.concert.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The reference of the bundled ontology: complete, correct about the defined classes, well-formed. */
class OntologyDocsTest {
    private static OntologyDocs docs;
    private static Document page;
    /** The schema files as they are on disk, read without the docs code. */
    private static Model schema;

    @BeforeAll
    static void render() throws Exception {
        docs = OntologyDocs.bundled();
        page = parseXml(docs.html());
        schema = ModelFactory.createDefaultModel();
        try (var files = Files.list(Path.of("ontology/schema"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).toList()) {
                RDFDataMgr.read(schema, file.toString());
            }
        }
    }

    static Document parseXml(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /** The ids of the page's term entries whose class list contains {@code kind}. */
    static Set<String> entries(Document page, String kind) {
        Set<String> ids = new TreeSet<>();
        NodeList sections = page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            List<String> classes = List.of(s.getAttribute("class").split(" "));
            if (classes.contains("term") && classes.contains(kind)) {
                ids.add(s.getAttribute("id"));
            }
        }
        return ids;
    }

    private static Set<String> declared(String... types) {
        Set<String> names = new TreeSet<>();
        for (String type : types) {
            schema.listSubjectsWithProperty(RDF.type, schema.createResource(OWL2.NS + type)).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(CONCERT.NS)) {
                    names.add(r.getURI().substring(CONCERT.NS.length()));
                }
            });
        }
        return names;
    }

    private static Element entry(String id) {
        Element e = page.getElementById(id);
        if (e != null) {
            return e;
        }
        NodeList sections = page.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "section");
        for (int i = 0; i < sections.getLength(); i++) {
            if (((Element) sections.item(i)).getAttribute("id").equals(id)) {
                return (Element) sections.item(i);
            }
        }
        throw new AssertionError("no entry " + id);
    }

    /** The text of each dd that follows a dt with this heading in an entry. */
    private static List<String> values(String id, String heading) {
        List<String> found = new ArrayList<>();
        NodeList children = entry(id).getElementsByTagNameNS("*", "dl").item(0).getChildNodes();
        boolean under = false;
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                if (e.getLocalName().equals("dt")) {
                    under = e.getTextContent().equals(heading);
                } else if (under) {
                    found.add(e.getTextContent());
                }
            }
        }
        return found;
    }

    @Test
    void thePageHasOneEntryForEveryClassAndPropertyOfConcertsNamespace() {
        Set<String> classes = declared("Class");
        Set<String> properties = declared("ObjectProperty", "DatatypeProperty", "AnnotationProperty");
        assertTrue(classes.size() > 40 && properties.size() > 50, classes.size() + " classes, " + properties.size() + " properties");
        assertEquals(classes, entries(page, "class"));
        assertEquals(properties, entries(page, "property"));
        assertEquals(declared("NamedIndividual"), entries(page, "individual"));
        assertEquals(classes.size() + properties.size() + declared("NamedIndividual").size(), docs.terms().size());
    }

    @Test
    void theDefinedClassCollectiveSecurityProviderShowsItsDefinitionInPlainNotation() {
        Term csp = docs.term("CollectiveSecurityProvider").orElseThrow();
        assertEquals(Term.Kind.CLASS, csp.kind());
        assertEquals("collective security provider", csp.label());
        assertEquals(List.of("RegionalOrganization and RegionalArrangement and (performsFunction some SecurityFunction)"),
                csp.equivalents());
        assertEquals(csp.equivalents(), values("CollectiveSecurityProvider", "Defined as"));
        Element definition = (Element) entry("CollectiveSecurityProvider").getElementsByTagNameNS("*", "dd").item(2);
        NodeList links = definition.getElementsByTagNameNS("*", "a");
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            targets.add(((Element) links.item(i)).getAttribute("href"));
        }
        assertEquals(List.of("#RegionalOrganization", "#RegionalArrangement", "#performsFunction", "#SecurityFunction"), targets);
    }

    @Test
    void everyDefinedClassIsRenderedWithItsRestrictions() {
        Set<String> defined = new TreeSet<>();
        schema.listSubjectsWithProperty(OWL2.equivalentClass).forEachRemaining(r -> defined.add(r.getLocalName()));
        for (String name : defined) {
            assertEquals(1, docs.term(name).orElseThrow().equivalents().size(), name);
        }
        assertEquals("ExistingOrganization and (org:hasMember some FormerSovietRepublic) and (org:hasMember only FormerSovietRepublic)",
                docs.term("PostSovietOrganization").orElseThrow().equivalents().get(0));
        assertEquals("InterStateOrganization and (inExistence value true)", docs.term("ExistingOrganization").orElseThrow().equivalents().get(0));
        assertEquals("RegionalOrganization and (europeanMemberCount some xsd:nonNegativeInteger[>= 40])",
                docs.term("PanEuropeanOrganization").orElseThrow().equivalents().get(0));
        assertEquals("State and ((inverse contributedBy) some Contingent)", docs.term("ForceContributor").orElseThrow().equivalents().get(0));
        assertEquals(List.of("allianceItself Self"), values("CollectiveDefenceAlliance", "Superclasses"));
    }

    @Test
    void eachEntryShowsLabelDefinitionSourceHierarchyDomainAndRange() {
        assertEquals(List.of("A function that provides security to states: collective defence, crisis management, conflict "
                + "settlement, peacekeeping, counter-terrorism, counter-narcotics, border security, air defence, 'soft "
                + "security' and the like."), values("SecurityFunction", "Definition"));
        assertEquals(List.of("Function"), values("SecurityFunction", "Superclasses"));
        assertEquals(List.of("https://w3id.org/concert/ontology/schema"), values("SecurityFunction", "Defined by"));
        assertEquals(List.of("State or Territory"), values("isoAlpha2", "Domain"));
        assertEquals(List.of("xsd:string"), values("isoAlpha2", "Range"));
        assertEquals(List.of("party"), values("proposedBy", "Super-properties"));
        assertEquals(List.of("functional"), values("completenessOf", "Characteristics"));
        assertEquals(List.of("org:memberOf o allianceItself SubPropertyOf protectedBy"), values("protectedBy", "Property chain"));
        assertEquals(List.of("MembershipStatus"), values("FullMember", "Types"));
    }

    @Test
    void eachEntryListsWhereTheTermIsUsed() {
        assertEquals(List.of("CollectiveSecurityProvider"), values("SecurityFunction", "Used in the definition of"));
        assertEquals(List.of("ChapterVIIIOperation, CollectiveSecurityProvider"), values("RegionalArrangement", "Used in the definition of"));
        assertEquals(List.of("contributedBy, contributedTo, formation, formationCount"), values("Contingent", "Domain of"));
        assertEquals(List.of("addressedTo, proposedBy"), values("party", "Sub-properties"));
        assertEquals(List.of("protectedBy"), values("allianceItself", "In the property chain of"));
        assertEquals(List.of("CollectiveDefenceAlliance"), values("allianceItself", "Used in a superclass of"));
        assertEquals(List.of("collective-security-providers"), values("CollectiveSecurityProvider", "Named queries"));
        assertEquals(List.of("AssociateMember, FullMember, Observer, ParticipatingState, Partner, PermanentMember, SuspendedMember"),
                values("MembershipStatus", "Instances"));
    }

    @Test
    void theHeaderShowsTheOntologysTitleVersionLicenceAndCreators() {
        String header = page.getElementsByTagNameNS("*", "header").item(0).getTextContent();
        assertTrue(header.contains("Concert: regional inter-state organizations and their members over time"), header);
        assertTrue(header.contains("https://w3id.org/concert/ontology/2026-11-28"), header);
        assertTrue(header.contains("https://creativecommons.org/licenses/by/4.0/"), header);
        assertTrue(header.contains("Concert contributors"), header);
        assertEquals("Concert: regional inter-state organizations and their members over time",
                page.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }

    @Test
    void thePageIsSelfContained() {
        String html = docs.html();
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertFalse(html.contains("src="), "nothing loaded from elsewhere");
        assertTrue(html.contains("<style>"));
    }

    @Test
    void theMergedOntologyIsOneOntologyWithoutImportsThatJenaReadsBack() {
        Model merged = ModelFactory.createDefaultModel();
        RDFParser.fromString(docs.turtle(), Lang.TURTLE).parse(merged);
        assertEquals(List.of("https://w3id.org/concert/ontology"), merged.listSubjectsWithProperty(RDF.type, OWL2.Ontology)
                .mapWith(r -> r.getURI()).toList());
        assertFalse(merged.contains(null, OWL2.imports));
        try (QueryExecution q = QueryExecution.model(merged).query("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                ASK { <https://w3id.org/concert/ontology#CollectiveSecurityProvider> owl:equivalentClass/owl:intersectionOf/rdf:rest*/rdf:first
                      <https://w3id.org/concert/ontology#RegionalArrangement> }""").build()) {
            assertTrue(q.execAsk());
        }
        assertTrue(merged.size() > 1000, "schema triples: " + merged.size());
    }

    @Test
    void writeToWritesThePageAndTheTurtleIntoANewFolder(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("site/docs");
        docs.writeTo(out);
        assertEquals(docs.html(), Files.readString(out.resolve("index.html")));
        assertTrue(RDFDataMgr.loadModel(out.resolve("concert.ttl").toString()).isIsomorphicWith(docs.model()));
    }

    @Test
    void writeToAFolderThatCannotBeMadeFailsWithTheOutputCode(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        ConcertException e = assertThrows(ConcertException.class, () -> docs.writeTo(file.resolve("docs")));
        assertEquals(ErrorCode.OUTPUT_FAILED, e.code());
        assertEquals(file.resolve("docs").toString(), e.input());
    }
}
