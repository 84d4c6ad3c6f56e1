package org.concert.kb;

import java.io.IOException;
import java.net.URI;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.reasoning.Stage;

/**
 * Keeps a reasoned knowledge base in a TDB2 database on disk, so that a restart with the same inputs reuses
 * it instead of reasoning again.
 *
 * <p>The inputs are known to be the same by a fingerprint: a SHA-256 over Concert's version, the snapshot date,
 * every bundled ontology file and the snapshot query, and the path and bytes of every extra file. It is written
 * to {@code concert-fingerprint.properties} in the folder after the database is committed, so a run that dies
 * half-way leaves no fingerprint and the next one builds again.
 */
final class Tdb2Store {
    private static final String FINGERPRINT_FILE = "concert-fingerprint.properties";

    private Tdb2Store() {
    }

    static KnowledgeBase openOrBuild(KnowledgeBase.Builder builder, boolean bundled, List<Path> files, LocalDate asOf,
                                     Path directory, Duration queryTimeout, Set<URI> serviceHosts) {
        long t0 = System.nanoTime();
        String fingerprint = InputFingerprint.of(bundled, files, asOf, "");
        Path fingerprintFile = directory.resolve(FINGERPRINT_FILE);
        Properties stored = read(fingerprintFile);
        if (fingerprint.equals(stored.getProperty("fingerprint"))) {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
            Stage stage = new Stage("tdb2", (System.nanoTime() - t0) / 1_000_000,
                    "reused the database in " + directory + " built " + stored.getProperty("built"));
            return KnowledgeBase.of(dsg, asOf, true, List.of(stage), queryTimeout, serviceHosts);
        }
        KnowledgeBase inMemory = builder.reason();
        long t1 = System.nanoTime();
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(fingerprintFile);
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.OUTPUT_FAILED, "cannot use the folder: " + e.getMessage(),
                    directory.toString(), -1, -1, e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        DatasetGraph source = inMemory.dataset().asDatasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.clear();
            Txn.executeRead(source, () -> {
                source.find().forEachRemaining(dsg::add);
                dsg.prefixes().putAll(source.prefixes());
            });
        });
        Properties props = new Properties();
        props.setProperty("fingerprint", fingerprint);
        props.setProperty("asOf", asOf.toString());
        props.setProperty("built", java.time.Instant.now().toString());
        try (Writer w = Files.newBufferedWriter(fingerprintFile, StandardCharsets.UTF_8)) {
            props.store(w, "Inputs of the reasoned Concert knowledge base in this TDB2 database");
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.OUTPUT_FAILED, "cannot write: " + e.getMessage(),
                    fingerprintFile.toString(), -1, -1, e);
        }
        List<Stage> stages = new java.util.ArrayList<>(inMemory.stages());
        stages.add(new Stage("tdb2", (System.nanoTime() - t1) / 1_000_000, "stored in " + directory));
        return KnowledgeBase.of(dsg, asOf, true, stages, queryTimeout, serviceHosts);
    }

    private static Properties read(Path file) {
        Properties props = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                // An unreadable fingerprint means: build again.
            }
        }
        return props;
    }
}
