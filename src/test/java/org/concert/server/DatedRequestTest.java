package org.concert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.concert.KnowledgeBases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One endpoint, many dates: {@code ?as-of=} and the named queries' parameters, without a restart. */
class DatedRequestTest {
    private static ConcertServer server;
    private static ConcertServer oneDate;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ConcertServer.builder(KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE)).port(0)
                .dates(KnowledgeBases::reasoned).build().start();
        oneDate = ConcertServer.builder(KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE)).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        oneDate.stop();
    }

    private static HttpResponse<String> csv(ConcertServer s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(s.baseUri().resolve(path)).header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(120)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> rows(HttpResponse<String> r) {
        List<String> lines = r.body().lines().toList();
        return lines.subList(1, lines.size());
    }

    @Test
    void theCstoHadSevenMembersOnNewYear2010AndSixOnNewYear2018OnTheSameServer() throws Exception {
        HttpResponse<String> then = csv(server, "concert/queries/members?org=CSTO&as-of=2010-01-01");
        assertEquals(200, then.statusCode(), then.body());
        assertEquals(List.of("CSTO,ARM,Armenia", "CSTO,BLR,Belarus", "CSTO,KAZ,Kazakhstan", "CSTO,KGZ,Kyrgyzstan",
                "CSTO,RUS,Russia", "CSTO,TJK,Tajikistan", "CSTO,UZB,Uzbekistan"),
                rows(then).stream().map(r -> String.join(",", Arrays.asList(r.split(",", 4)).subList(0, 3))).toList());
        assertTrue(rows(then).stream().allMatch(r -> r.contains("Collective Security Treaty")), "each member's source, that day's record");
        assertTrue(rows(then).stream().filter(r -> r.startsWith("CSTO,UZB,")).allMatch(r -> r.contains("restoration of the membership")),
                "Uzbekistan's second period, from 2006, is the record of 2010");
        HttpResponse<String> later = csv(server, "concert/queries/members?org=CSTO&as-of=2018-01-01");
        assertEquals(6, rows(later).size(), later.body());
        assertEquals(6, rows(csv(server, "concert/queries/members?org=CSTO")).size(), "the served date");
    }

    @Test
    void aBrowserGetsANamedQueryAsAnHtmlTable() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("concert/queries/members?org=CSTO"))
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<tr><td>CSTO</td><td>ARM</td><td>Armenia</td><td>"), page.body());
        assertEquals(6, page.body().split("<tr><td>").length - 1);
    }

    @Test
    void theQueryEndpointTakesAsOfToo() throws Exception {
        String q = URLEncoder.encode("PREFIX concert: <https://w3id.org/concert/ontology#> PREFIX org: <http://www.w3.org/ns/org#> "
                + "SELECT (COUNT(?m) AS ?n) WHERE { ?o concert:acronym \"NATO\" . ?m org:memberOf ?o }", StandardCharsets.UTF_8);
        assertEquals(List.of("16"), rows(csv(server, "concert/sparql?query=" + q + "&as-of=1995-01-01")));
        assertEquals(List.of("29"), rows(csv(server, "concert/sparql?query=" + q)));
    }

    @Test
    void anUnknownParameterOrAMalformedDateIs400WithItsCode() throws Exception {
        HttpResponse<String> unknown = csv(server, "concert/queries/members?country=GEO");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().startsWith("CONCERT-E024 ") && unknown.body().contains("org (acronym), state (iso3)"), unknown.body());
        HttpResponse<String> malformed = csv(server, "concert/queries/members?state=georgia");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().startsWith("CONCERT-E024 "), malformed.body());
        HttpResponse<String> date = csv(server, "concert/queries/members?as-of=2010-13-01");
        assertEquals(400, date.statusCode());
        assertTrue(date.body().startsWith("CONCERT-E020 "), date.body());
    }

    @Test
    void aServerWithoutOtherDatesSaysWhichDateItServes() throws Exception {
        HttpResponse<String> r = csv(oneDate, "concert/queries/members?org=CSTO&as-of=2010-01-01");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("only as of 2018-01-01"), r.body());
    }
}
