package org.concert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.concert.vocab.CONCERT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The endpoint over real HTTP, on a free loopback port. */
class ConcertServerTest {
    private static final String ACRONYMS = "PREFIX concert: <https://w3id.org/concert/ontology#> "
            + "SELECT ?acronym WHERE { ?o concert:acronym ?acronym } ORDER BY ?acronym";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";

    private static KnowledgeBase kb;
    private static ConcertServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        kb = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
        server = ConcertServer.builder(kb).port(0).queryTimeout(Duration.ofSeconds(2)).build().start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static long unionSize() {
        return kb.copyOf(null).size();
    }

    @ParameterizedTest(name = "{0} at /concert/{1} answers")
    @CsvSource({"GET, sparql", "GET, query", "POST-form, sparql", "POST-form, query", "POST-direct, sparql", "POST-direct, query"})
    void everyProtocolFormOfTheQueryEndpointsAnswers(String form, String endpoint) throws Exception {
        String path = "concert/" + endpoint;
        HttpResponse<String> r = switch (form) {
            case "GET" -> get(path + "?query=" + q(COUNT), "text/csv");
            case "POST-form" -> http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/csv")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + q(COUNT))).build(), HttpResponse.BodyHandlers.ofString());
            default -> http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/csv")
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(COUNT)).build(), HttpResponse.BodyHandlers.ofString());
        };
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("n", Long.toString(unionSize())), r.body().lines().toList());
    }

    @ParameterizedTest(name = "SELECT as {0}")
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void selectResultsComeInEveryStandardFormat(String accept) throws Exception {
        HttpResponse<String> r = get("concert/sparql?query=" + q(ACRONYMS), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Lang lang = RDFLanguages.contentTypeToLang(accept);
        ResultSet rs = org.apache.jena.riot.ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), lang);
        List<String> acronyms = new ArrayList<>();
        rs.forEachRemaining(row -> acronyms.add(row.get("acronym").asLiteral().getLexicalForm()));
        assertEquals(kb.select(ACRONYMS).column("acronym"), acronyms);
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructResultsComeInEveryStandardRdfSyntax(String accept) throws Exception {
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <https://w3id.org/concert/graph/inferred> { ?s ?p ?o } }";
        HttpResponse<String> r = get("concert/sparql?query=" + q(construct), accept);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(r.body()), null, RDFLanguages.contentTypeToLang(accept));
        assertTrue(m.isIsomorphicWith(kb.copyOf(CONCERT.INFERRED_GRAPH)));
    }

    @Test
    void theGraphStoreProtocolReadsEachNamedGraphAndTheUnion() throws Exception {
        for (var graph : KnowledgeBase.GRAPHS) {
            HttpResponse<String> r = get("concert/get?graph=" + q(graph.getURI()), "application/n-triples");
            assertEquals(200, r.statusCode());
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, new StringReader(r.body()), null, Lang.NTRIPLES);
            assertEquals(kb.size(graph), m.size(), graph.getURI());
        }
        HttpResponse<String> union = get("concert/get?default", "application/n-triples");
        assertEquals(unionSize(), union.body().lines().count());
    }

    @Test
    void jenasRemoteConnectionQueriesAndFetchesGraphs() {
        try (RDFConnection conn = RDFConnectionRemote.service(server.baseUri().resolve("concert").toString())
                .queryEndpoint("sparql").gspEndpoint("get").build()) {
            List<String> acronyms = new ArrayList<>();
            conn.querySelect(ACRONYMS, row -> acronyms.add(row.getLiteral("acronym").getLexicalForm()));
            assertEquals(kb.select(ACRONYMS).column("acronym"), acronyms);
            assertTrue(conn.fetch(CONCERT.INFERRED_GRAPH.getURI()).isIsomorphicWith(kb.copyOf(CONCERT.INFERRED_GRAPH)));
        }
    }

    @Test
    void aNamedQueryIsServedWithContentNegotiation() throws Exception {
        HttpResponse<String> r = get("concert/queries/seed-table", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(List.of("acronym,members", "OSCE,57", "CoE,47", "EU,28", "NATO,29", "CIS,10", "CSTO,6", "UN,193"),
                r.body().lines().toList());
        HttpResponse<String> json = get("concert/queries/post-soviet-organizations", null);
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(json.body().contains("\"CSTO\""), json.body());
        HttpResponse<String> list = get("concert/queries/", null);
        assertTrue(list.body().contains("seed-table\tHow many member"), list.body());
    }

    @Test
    void anUnknownNamedQueryIs404WithAMessage() throws Exception {
        HttpResponse<String> r = get("concert/queries/no-such-query", null);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().startsWith("No named query 'no-such-query'"), r.body());
    }

    @Test
    void aGetWithoutAQueryReturnsTheServiceDescription() throws Exception {
        HttpResponse<String> r = get("concert/sparql", null);
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(r.body()), null, Lang.TURTLE);
        assertTrue(m.contains(null, m.createProperty("http://www.w3.org/ns/sparql-service-description#endpoint"),
                m.createResource(uri("concert/sparql").toString())));
    }

    @Test
    void malformedSparqlIs400WithTheParsersMessageAndNoStackTrace() throws Exception {
        HttpResponse<String> r = get("concert/sparql?query=" + q("SELECT ?x WHERE { ?x ?p }"), null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1, column"), r.body());
        assertFalse(r.body().contains("\tat "), r.body());
    }

    @Test
    void anAcceptHeaderTheEndpointCannotSatisfyIs406() throws Exception {
        HttpResponse<String> r = get("concert/sparql?query=" + q(ACRONYMS), "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().startsWith("Not acceptable: 'image/png'"), r.body());
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "POST|concert/sparql|application/sparql-update|INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
            "POST|concert/query|application/sparql-update|INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
            "POST|concert/sparql|application/x-www-form-urlencoded|update=INSERT+DATA+%7B+%3Chttp%3A%2F%2Fx%2Fa%3E+%3Chttp%3A%2F%2Fx%2Fb%3E+%3Chttp%3A%2F%2Fx%2Fc%3E+%7D",
            "POST|concert|application/sparql-update|INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
            "POST|concert/update|application/sparql-update|INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }",
            "PUT|concert/get?default|text/turtle|<http://x/a> <http://x/b> <http://x/c> .",
            "POST|concert/get?default|text/turtle|<http://x/a> <http://x/b> <http://x/c> .",
            "DELETE|concert/get?graph=https%3A%2F%2Fw3id.org%2Fconcert%2Fgraph%2Fdata||",
            "PUT|concert|text/turtle|<http://x/a> <http://x/b> <http://x/c> .",
            "POST|concert/data|text/turtle|<http://x/a> <http://x/b> <http://x/c> .",
            "POST|concert/upload|text/turtle|<http://x/a> <http://x/b> <http://x/c> .",
            "POST|$/datasets?dbName=x&dbType=mem||",
            "GET|$/datasets||",
            "POST|$/backup/concert||",
            "POST|$/compact/concert||",
            "GET|$/stats||",
            "GET|$/metrics||"})
    void nothingCanWriteAndNoAdminApiExists(String method, String path, String contentType, String body) throws Exception {
        long before = unionSize();
        HttpResponse<String> r = send(method, path, contentType == null || contentType.isEmpty() ? null : contentType,
                body == null ? "" : body);
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, method + " " + path + " gave " + r.statusCode());
        assertEquals(before, unionSize());
        HttpResponse<String> count = get("concert/sparql?query=" + q(COUNT), "text/csv");
        assertEquals(List.of("n", Long.toString(before)), count.body().lines().toList());
    }

    @Test
    void aRunawayQueryIsStoppedWith503AndTheNextQuerySucceeds() throws Exception {
        String expensive = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> r = get("concert/sparql?query=" + q(expensive), "text/csv");
        assertEquals(503, r.statusCode(), r.body());
        HttpResponse<String> next = get("concert/sparql?query=" + q(COUNT), "text/csv");
        assertEquals(200, next.statusCode());
    }

    @Test
    void serviceCallsAreRefusedAndNeverReachTheTarget() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            AtomicBoolean contacted = new AtomicBoolean(false);
            Thread acceptor = new Thread(() -> {
                try {
                    listener.accept().close();
                    contacted.set(true);
                } catch (java.io.IOException e) {
                    // closed at the end of the test
                }
            });
            acceptor.start();
            String service = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + listener.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            HttpResponse<String> r = get("concert/sparql?query=" + q(service), null);
            assertTrue(r.statusCode() >= 400, "SERVICE gave " + r.statusCode());
            assertFalse(r.body().contains("\tat "), r.body());
            listener.close();
            acceptor.join(5000);
            assertFalse(contacted.get(), "the SERVICE target must never be contacted");
        }
    }

    @Test
    void corsAllowsABrowserPageElsewhereToQuery() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("concert/sparql?query=" + q(COUNT)))
                .header("Origin", "http://example.org").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("http://example.org", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void anOversizedRequestIs413() throws Exception {
        String big = "query=" + "x".repeat(2 * 1024 * 1024);
        HttpResponse<String> r = send("POST", "concert/sparql", "application/x-www-form-urlencoded", big);
        assertEquals(413, r.statusCode());
    }

    @Test
    void theExplainEndpointAnswersJsonForAnEntailmentAndForOneThatDoesNotHold() throws Exception {
        HttpResponse<String> r = get("concert/explain?subject=ARM&property=protectedBy&object=CSTO&max=1", null);
        assertEquals(200, r.statusCode(), r.body());
        com.google.gson.JsonObject json = com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject();
        assertTrue(json.get("holds").getAsBoolean());
        assertEquals("Armenia protectedBy CSTO", json.get("entailment").getAsString());
        assertTrue(json.getAsJsonArray("justifications").get(0).toString().contains("Armenia memberOf CSTO"));

        HttpResponse<String> no = get("concert/explain?subject=CoE&class=CollectiveSecurityProvider", null);
        com.google.gson.JsonObject notHeld = com.google.gson.JsonParser.parseString(no.body()).getAsJsonObject();
        assertFalse(notHeld.get("holds").getAsBoolean());
        assertEquals("CONCERT-E131", notHeld.get("code").getAsString());
        assertTrue(notHeld.get("message").getAsString().contains("not met: RegionalArrangement"));

        assertEquals(404, get("concert/explain?subject=Atlantis&class=CollectiveSecurityProvider", null).statusCode());
        assertEquals(400, get("concert/explain", null).statusCode());
    }

    @Test
    void theValidateEndpointChecksAPostedDocumentWithoutStoringIt() throws Exception {
        long before = unionSize();
        String bad = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/bad/end-before-begin.ttl"));
        HttpResponse<String> r = send("POST", "concert/validate", "text/turtle", bad);
        assertEquals(200, r.statusCode(), r.body());
        com.google.gson.JsonObject report = com.google.gson.JsonParser.parseString(r.body()).getAsJsonObject();
        assertFalse(report.get("valid").getAsBoolean());
        assertEquals("CONCERT-E104", report.getAsJsonArray("problems").get(0).getAsJsonObject().get("code").getAsString());
        assertEquals("request body", report.getAsJsonArray("problems").get(0).getAsJsonObject().get("file").getAsString());
        assertEquals(before, unionSize());
        assertEquals(415, send("POST", "concert/validate", "image/png", "x").statusCode());
        assertEquals(405, get("concert/validate", null).statusCode());
    }

    @Test
    void pingAnswers() throws Exception {
        assertEquals(200, get("$/ping", null).statusCode());
    }

    @Test
    void manyConcurrentClientsGetTheSameAnswersAsInProcess() throws Exception {
        List<String> expected = kb.select(ACRONYMS).column("acronym");
        String expectedCsv = "acronym\r\n" + String.join("\r\n", expected) + "\r\n";
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> clients = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                clients.add(pool.submit(() -> {
                    int ok = 0;
                    for (int i = 0; i < 200; i++) {
                        HttpResponse<String> r = get("concert/sparql?query=" + q(ACRONYMS), "text/csv");
                        if (r.statusCode() == 200 && r.body().equals(expectedCsv)) {
                            ok++;
                        }
                    }
                    return ok;
                }));
            }
            for (Future<Integer> client : clients) {
                assertEquals(200, client.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(expected, NamedQueries.find("collective-security-providers").isPresent()
                ? kb.select(ACRONYMS).column("acronym") : List.of());
    }
}
