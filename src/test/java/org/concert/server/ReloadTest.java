package org.concert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.KnowledgeBases;
import org.concert.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

/** A running endpoint that reloads: a failed load changes nothing, a good one replaces what is served. */
class ReloadTest {

    private static List<String> seedTable(ConcertServer server) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUri() + "concert/queries/seed-table")).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        return r.body().lines().toList();
    }

    @Test
    void aFailedReloadKeepsServingTheSameDataAndAGoodOneReplacesIt() throws Exception {
        try (ConcertServer server = ConcertServer.builder(KnowledgeBases.asserted(KnowledgeBases.SEED_DATE)).port(0).build().start()) {
            List<String> before = seedTable(server);
            assertEquals("NATO,29", before.get(4));

            Path bad = Path.of("src/test/resources/bad/syntax-undefined-prefix.ttl");
            ConcertException e = assertThrows(ConcertException.class,
                    () -> server.reload(() -> KnowledgeBase.bundled().asOf(LocalDate.of(2026, 11, 28)).addFile(bad).build()));
            assertEquals(ErrorCode.RDF_SYNTAX, e.code());
            assertEquals(before, seedTable(server), "a failed reload changes nothing");

            server.reload(() -> KnowledgeBase.bundled().asOf(LocalDate.of(2026, 11, 28)).build());
            List<String> after = seedTable(server);
            assertEquals("NATO,32", after.get(4));
            assertEquals("CoE,46", after.get(2));
        }
    }
}
