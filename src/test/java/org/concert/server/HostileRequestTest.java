package org.concert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoint under inputs and floods an attacker would send: nothing is fetched, every request is bounded, and
 * {@code /$/ping} keeps answering. Its own server, with small limits so that each case is cheap to reach.
 */
class HostileRequestTest {
    private static final String PING = "$/ping";
    private static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static ConcertServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        KnowledgeBase kb = KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE);
        server = ConcertServer.builder(kb).port(0).queryTimeout(Duration.ofSeconds(2))
                .maxResponseBytes(64 * 1024).build().start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static URI uri(String path) {
        return server.baseUri().resolve(path);
    }

    private static HttpResponse<String> ping() throws Exception {
        return http.send(HttpRequest.newBuilder(uri(PING)).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aJsonLdContextOnAHostThatNeverAnswersIsRefusedWithoutConnecting() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        silent.accept();
                        connections.incrementAndGet();
                    }
                } catch (Exception e) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            String doc = "{ \"@context\": \"http://127.0.0.1:" + silent.getLocalPort() + "/ctx.jsonld\", "
                    + "\"@id\": \"https://w3id.org/concert/id/state/FRA\", \"label\": \"France\" }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("concert/validate"))
                    .header("Content-Type", "application/ld+json").POST(HttpRequest.BodyPublishers.ofString(doc)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("CONCERT-E009"), r.body());
            assertEquals(0, connections.get(), "the context URL must not be tried");
        }
    }

    @Test
    void aFileContextGetsTheSameAnswerWhetherTheFileExistsOrNot() throws Exception {
        String exists = validate("file:///etc/hostname");
        String missing = validate("file:///no/such/file.jsonld");
        assertTrue(exists.contains("CONCERT-E009"), exists);
        assertEquals(exists.replace("/etc/hostname", "X"), missing.replace("/no/such/file.jsonld", "X"));
    }

    private static String validate(String context) throws Exception {
        String doc = "{ \"@context\": \"" + context + "\", \"@id\": \"https://w3id.org/concert/id/state/FRA\", \"label\": \"x\" }";
        return http.send(HttpRequest.newBuilder(uri("concert/validate")).header("Content-Type", "application/ld+json")
                .POST(HttpRequest.BodyPublishers.ofString(doc)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNeverValidated() throws Exception {
        byte[] big = ("# " + "x".repeat(1100 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
        // ofInputStream has no length, so the client sends the body chunked, without Content-Length.
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("concert/validate")).header("Content-Type", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body());
        assertFalse(r.body().contains("\"valid\":true"));

        HttpResponse<String> query = http.send(HttpRequest.newBuilder(uri("concert/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, query.statusCode());
    }

    @Test
    void anAnswerLargerThanTheLimitIs503WithItsCodeNotATruncated200() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("concert/sparql?query="
                + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode());
        assertTrue(r.body().startsWith("CONCERT-E011"), r.body());
    }

    @Test
    void aHugePowerIsStoppedWithItsCodeInsteadOfBurningACore() throws Exception {
        String q = "PREFIX math: <http://www.w3.org/2005/xpath-functions/math#> "
                + "SELECT (STRLEN(STR(?x)) AS ?len) WHERE { BIND(math:pow(10, 30000000) AS ?x) }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("concert/sparql?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
    }

    @Test
    void corsAllowsAnyOriginToReadButNeitherCredentialsNorWritingMethods() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(uri("concert/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://attacker.example").header("Access-Control-Request-Method", "PUT").build(),
                HttpResponse.BodyHandlers.ofString());
        String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
        assertFalse(methods.contains("PUT") || methods.contains("DELETE") || methods.contains("PATCH"), methods);
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(uri("concert/sparql?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "http://attacker.example").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        // Fuseki's filter names the requesting origin rather than "*"; without credentials either lets a page read only.
        assertEquals("http://attacker.example", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(get.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void aNamedQueryAskedForAnImageIs406() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("concert/queries/seed-table"))
                .header("Accept", "image/png").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(406, r.statusCode());
    }

    @Test
    void fiftySlowBodiesDoNotStopPingAndAreCutOff() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
                OutputStream out = s.getOutputStream();
                out.write(("POST /concert/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: 100000\r\n\r\nS").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                slow.add(s);
            }
            HttpResponse<String> r = ping();
            assertEquals(200, r.statusCode());
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void twoHundredConcurrentExpensiveQueriesEachGetAnHttpAnswerAndPingStaysUp() throws Exception {
        HttpClient many = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<Void>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            answers.add(many.sendAsync(HttpRequest.newBuilder(uri("concert/sparql?query="
                    + URLEncoder.encode(EXPENSIVE + " # " + i, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60))
                    .GET().build(), HttpResponse.BodyHandlers.discarding()));
        }
        assertEquals(200, ping().statusCode());
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<Void>> answer : answers) {
            statuses.add(answer.get().statusCode());
        }
        assertTrue(Set.of(200, 503).containsAll(statuses), statuses.toString());
        assertTrue(statuses.contains(503), "most of them wait in vain or are turned away");
    }
}
