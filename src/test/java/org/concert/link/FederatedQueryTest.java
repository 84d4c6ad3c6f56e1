package org.concert.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.concert.cli.CliRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The federated queries of queries/federated/, run for real against a local stand-in for Wikidata's endpoint: a
 * second Fuseki on a loopback port with a small Wikidata-shaped fixture.
 */
class FederatedQueryTest {
    private static final String WIKIDATA = "https://query.wikidata.org/sparql";
    private static FusekiServer standIn;
    private static String standInUrl;

    @BeforeAll
    static void startStandIn() {
        var dataset = DatasetFactory.createTxnMem();
        RDFDataMgr.read(dataset.getDefaultModel(), "src/test/resources/link/wikidata-standin.nt");
        standIn = FusekiServer.create().port(0).loopback(true).add("/wikidata", dataset, false).build().start();
        standInUrl = "http://localhost:" + standIn.getPort() + "/wikidata/sparql";
    }

    @AfterAll
    static void stopStandIn() {
        standIn.stop();
    }

    private static Path pointedAtStandIn(Path dir, String query) throws Exception {
        Path file = dir.resolve(query);
        Files.writeString(file, Files.readString(Path.of("queries/federated", query)).replace(WIKIDATA, standInUrl));
        return file;
    }

    @Test
    void thePopulationOfCstoMembersJoinsTheSnapshotWithTheRemoteItemsThroughTheLinks(@TempDir Path dir) throws Exception {
        Path query = pointedAtStandIn(dir, "csto-population.rq");
        CliRunner.Result run = CliRunner.run("query", query.toString(), "--as-of", "2010-01-01", "--no-reasoning",
                "--format", "csv", "--allow-service", standInUrl);
        assertEquals(0, run.status(), run.err());
        // Members in 2010 with a fixture value: Armenia, Kazakhstan, Russia (largest of two values) and Uzbekistan.
        assertEquals(List.of("state,population", "ARM,1000", "KAZ,3000", "RUS,2500", "UZB,4000"), run.out().lines().toList());
    }

    @Test
    void theSnapshotDateDecidesWhoIsJoined(@TempDir Path dir) throws Exception {
        Path query = pointedAtStandIn(dir, "csto-population.rq");
        CliRunner.Result run = CliRunner.run("query", query.toString(), "--as-of", "2013-01-01", "--no-reasoning",
                "--format", "csv", "--allow-service", standInUrl);
        assertEquals(List.of("state,population", "ARM,1000", "KAZ,3000", "RUS,2500"), run.out().lines().toList(),
                "Uzbekistan left the CSTO in 2012");
    }

    @Test
    void withoutAllowServiceTheQueryIsRefusedAndTheStandInIsNeverAsked(@TempDir Path dir) throws Exception {
        Path query = pointedAtStandIn(dir, "csto-population.rq");
        CliRunner.Result run = CliRunner.run("query", query.toString(), "--no-reasoning");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: CONCERT-E140 "), run.err());
    }

    @Test
    void anUnreachableEndpointIsAClearError(@TempDir Path dir) throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closedPort + "/sparql";
        Path query = dir.resolve("heads.rq");
        Files.writeString(query, Files.readString(Path.of("queries/federated/nato-heads-of-government.rq")).replace(WIKIDATA, unreachable));
        CliRunner.Result run = CliRunner.run("query", query.toString(), "--no-reasoning",
                "--allow-service", unreachable, "--timeout", "10");
        assertEquals(4, run.status());
        assertTrue(run.err().startsWith("error: CONCERT-E141 a SERVICE endpoint could not be reached"), run.err());
    }
}
