package org.concert.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The charts and organization pages over HTTP: their types, their codes for bad requests, and escaped values. */
class PagesAndChartsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConcertServer server;

    @BeforeAll
    static void start() {
        // An organization whose name and acronym a page must escape, added to the asserted data.
        Model hostile = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                PREFIX concert: <https://w3id.org/concert/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://w3id.org/concert/id/org/X> a concert:InterStateOrganization ;
                    rdfs:label "<script>alert('x')</script> & Co"@en ; concert:acronym "X<b>" .""", Lang.TURTLE).parse(hostile);
        KnowledgeBase kb = KnowledgeBase.bundled().asOf(KnowledgeBases.SEED_DATE).addModel(hostile).strict(false).build();
        server = ConcertServer.builder(kb).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theMemberCountChartIsAnSvgWithItsTitle() throws Exception {
        HttpResponse<byte[]> r = get("concert/charts/members.svg?org=NATO&org=CSTO&from=1992-01-01&to=2026-01-01");
        assertEquals(200, r.statusCode(), text(r));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        String svg = text(r);
        assertTrue(svg.contains("Member counts, 1992-01-01 to 2026-01-01") && svg.contains(">CSTO<"), "title and legend");
    }

    @Test
    void aChartAsPngIsAPng() throws Exception {
        HttpResponse<byte[]> r = get("concert/charts/matrix.png?org=CSTO&as-of=2010-01-01");
        assertEquals(200, r.statusCode());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(r.body(), 4));
    }

    @Test
    void anUnknownEntityIs404WithE130AndABadDateIs400WithE020() throws Exception {
        HttpResponse<byte[]> unknown = get("concert/charts/timeline/ATLANTIS.svg");
        assertEquals(404, unknown.statusCode());
        assertTrue(text(unknown).startsWith("CONCERT-E130 "), text(unknown));
        HttpResponse<byte[]> date = get("concert/charts/matrix.svg?as-of=2018-13-01");
        assertEquals(400, date.statusCode());
        assertTrue(text(date).startsWith("CONCERT-E020 "), text(date));
        assertEquals(404, get("concert/charts/pie.svg").statusCode());
        assertEquals(404, get("concert/org/ATLANTIS").statusCode());
        assertEquals(400, get("concert/org/NATO?as-of=yesterday").statusCode());
    }

    @Test
    void anOrganizationPageEscapesEveryValue() throws Exception {
        HttpResponse<byte[]> r = get("concert/org/X%3Cb%3E");
        assertEquals(200, r.statusCode(), text(r));
        String page = text(r);
        assertFalse(page.contains("<script>alert") || page.contains("X<b>"), "raw markup from the data");
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co (X&lt;b&gt;)"), page);
        String index = text(get(""));
        assertFalse(index.contains("<script>alert") || index.contains("X<b>"), "the index page escapes too");
        assertTrue(index.contains("href=\"concert/org/X%3Cb%3E\">X&lt;b&gt;</a>"), "a link for every organization, its path encoded");
    }

    @Test
    void theOrganizationPageOfNatoListsItsMembersOnTheChosenDay() throws Exception {
        String page = text(get("concert/org/NATO?as-of=1999-03-12"));
        assertTrue(page.contains("On 1999-03-12: 19 members"), "Czechia, Hungary and Poland joined that day");
        assertTrue(page.contains("recognized as a regional arrangement"));
        assertTrue(page.contains("<img id=\"timeline-chart\""), "the timeline chart");
    }
}
