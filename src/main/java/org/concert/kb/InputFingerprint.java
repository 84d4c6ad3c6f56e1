package org.concert.kb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * A SHA-256 over everything a build's result depends on: Concert's version, the snapshot date, every bundled
 * ontology file and the snapshot's queries, and the path and bytes of every extra file. Equal fingerprints mean a
 * build would produce the same snapshot and conclusions (the TDB2 store and the reasoning cache rely on it).
 */
final class InputFingerprint {
    private InputFingerprint() {
    }

    /** The fingerprint of these inputs; {@code salt} tells apart what is keyed by it. */
    static String of(boolean bundled, List<Path> files, LocalDate asOf, String salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            String version = String.valueOf(InputFingerprint.class.getPackage().getImplementationVersion());
            sha.update(("concert " + version + "\n" + salt + "\nas-of " + asOf + "\nbundled " + bundled + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (bundled) {
                for (String path : BundledOntology.catalog().entries().values()) {
                    digest(sha, path, BundledOntology.class.getResourceAsStream(BundledOntology.RESOURCE_DIR + path));
                }
            }
            digest(sha, "snapshot.rq", Snapshot.class.getResourceAsStream("snapshot.rq"));
            digest(sha, "completeness.rq", Snapshot.class.getResourceAsStream("completeness.rq"));
            for (Path file : files) {
                // Checked and bounded like a parse: a FIFO or /dev/zero behind a link is refused, not read.
                digest(sha, file.toAbsolutePath().toString(), new ByteArrayInputStream(RdfInput.read(file)));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new ConcertException(ErrorCode.INPUT_UNREADABLE, "cannot fingerprint the inputs: " + e.getMessage(), e);
        }
    }

    private static void digest(MessageDigest sha, String name, InputStream in) throws IOException {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        if (in == null) {
            throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "missing from the jar", name, -1, -1, null);
        }
        try (InputStream stream = in) {
            sha.update(stream.readAllBytes());
        }
    }
}
