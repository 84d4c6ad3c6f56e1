package org.concert.kb;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

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
 * every bundled ontology file and the snapshot query, and the path and bytes of every extra file and enrichment
 * dump. It is written to {@code concert-fingerprint.properties} in the folder after the database is committed, so
 * a run that dies half-way leaves no fingerprint and the next one builds again.
 */
final class Tdb2Store {
    private static final String FINGERPRINT_FILE = "concert-fingerprint.properties";

    private Tdb2Store() {
    }

    /** The database in {@code directory} when it was built from the inputs of {@code options}. */
    static Optional<KnowledgeBase> reuse(BuildOptions options, Path directory) {
        long t0 = System.nanoTime();
        Properties stored = read(directory.resolve(FINGERPRINT_FILE));
        if (!fingerprint(options).equals(stored.getProperty("fingerprint"))) {
            return Optional.empty();
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(directory.toString());
        Stage stage = new Stage("tdb2", (System.nanoTime() - t0) / 1_000_000,
                "reused the database in " + directory + " built " + stored.getProperty("built"));
        return Optional.of(new KnowledgeBase(dsg, options.asOf(), true, List.of(stage), options.query(), null));
    }

    /** Stores {@code inMemory}, built from {@code options}, in {@code directory}, replacing what was there. */
    static KnowledgeBase store(KnowledgeBase inMemory, BuildOptions options, Path directory) {
        long t0 = System.nanoTime();
        Path fingerprintFile = directory.resolve(FINGERPRINT_FILE);
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
        props.setProperty("fingerprint", fingerprint(options));
        props.setProperty("asOf", options.asOf().toString());
        props.setProperty("built", Instant.now().toString());
        try (Writer w = Files.newBufferedWriter(fingerprintFile, StandardCharsets.UTF_8)) {
            props.store(w, "Inputs of the reasoned Concert knowledge base in this TDB2 database");
        } catch (IOException e) {
            throw new ConcertException(ErrorCode.OUTPUT_FAILED, "cannot write: " + e.getMessage(),
                    fingerprintFile.toString(), -1, -1, e);
        }
        List<Stage> stages = new ArrayList<>(inMemory.stages());
        stages.add(new Stage("tdb2", (System.nanoTime() - t0) / 1_000_000, "stored in " + directory));
        return new KnowledgeBase(dsg, options.asOf(), true, stages, options.query(), null);
    }

    /**
     * The fingerprint of the inputs. Enrichment dumps count after the extra files, salted with their number, so that
     * a build without them keeps the fingerprint it always had.
     */
    private static String fingerprint(BuildOptions options) {
        List<Path> inputs = new ArrayList<>(options.files());
        inputs.addAll(options.enrichments());
        String salt = options.enrichments().isEmpty() ? "" : options.enrichments().size() + " enrichment dump(s)";
        return InputFingerprint.of(options.bundled(), inputs, options.asOf(), salt);
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
