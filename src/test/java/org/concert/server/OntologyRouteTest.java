package org.concert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.concert.KnowledgeBases;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /ontology} over real HTTP: the reference for browsers, RDF for RDF clients. */
class OntologyRouteTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private static ConcertServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        server = ConcertServer.builder(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE)).port(0).build().start();
        http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.baseUri().resolve(path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Model parse(HttpResponse<String> response, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).parse(model);
        return model;
    }

    private static String type(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0];
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/html", BROWSER})
    void aBrowserGetsTheReferencePage(String accept) throws Exception {
        HttpResponse<String> page = get("/ontology", accept);
        assertEquals(200, page.statusCode());
        assertEquals("text/html", type(page));
        assertTrue(page.body().contains("<section id=\"CollectiveSecurityProvider\" class=\"term class\">"));
        assertTrue(page.body().contains("href=\"ontology.ttl\""), "the download link resolves to /ontology.ttl");
        assertEquals(List.of("Accept"), page.headers().allValues("Vary"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "*/*", "text/turtle;q=0.9, text/html;q=0.5", ""})
    void anRdfClientGetsTurtleThatJenaParses(String accept) throws Exception {
        HttpResponse<String> turtle = get("/ontology", accept.isEmpty() ? null : accept);
        assertEquals(200, turtle.statusCode());
        assertEquals("text/turtle", type(turtle));
        Model ontology = parse(turtle, Lang.TURTLE);
        assertTrue(ontology.contains(ontology.createResource(CONCERT.NS + "CollectiveSecurityProvider"), OWL2.equivalentClass));
        assertTrue(ontology.contains(ontology.createResource("https://w3id.org/concert/ontology"), RDF.type, OWL2.Ontology));
    }

    @Test
    void rdfXmlIsAnsweredToo() throws Exception {
        HttpResponse<String> xml = get("/ontology", "application/rdf+xml");
        assertEquals("application/rdf+xml", type(xml));
        assertTrue(parse(xml, Lang.RDFXML).isIsomorphicWith(parse(get("/ontology.ttl", null), Lang.TURTLE)));
    }

    @Test
    void anUnservableAcceptIs406() throws Exception {
        HttpResponse<String> response = get("/ontology", "image/png");
        assertEquals(406, response.statusCode());
        assertTrue(response.body().contains("text/turtle"), response.body());
    }

    @Test
    void theSchemaModuleAnswersItsOwnFileToRdfClientsAndSendsBrowsersToTheReference() throws Exception {
        Model schema = parse(get("/ontology/schema", "text/turtle"), Lang.TURTLE);
        assertTrue(schema.contains(schema.createResource("https://w3id.org/concert/ontology/schema"), RDF.type, OWL2.Ontology));
        assertTrue(schema.contains(schema.createResource(CONCERT.NS + "CollectiveSecurityProvider"), OWL2.equivalentClass));
        HttpResponse<String> browser = get("/ontology/schema", BROWSER);
        assertEquals(303, browser.statusCode());
        assertEquals("/ontology", browser.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void otherPathsUnderOntologyAre404AndWritesAre405() throws Exception {
        assertEquals(404, get("/ontology/nothing", "text/turtle").statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(server.baseUri().resolve("/ontology"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    }
}
