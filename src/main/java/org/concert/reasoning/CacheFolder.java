package org.concert.reasoning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder on disk of a {@link ReasoningCache}: one small text file per entry, {@code VERSION/KIND/ab/FINGERPRINT},
 * whose first line names the format, Concert's version, the kind and the fingerprint, and whose last line counts
 * the lines between; written to a temporary file and moved into place atomically; bounded by {@link #trim()}. A
 * problem with the folder is logged, never thrown.
 */
final class CacheFolder {
    // Logged under the cache's name: that is the class users know and configure.
    private static final Logger LOG = LoggerFactory.getLogger(ReasoningCache.class);
    private static final String FORMAT = "concert-reasoning-cache 1";
    private static final String VERSION = codeVersion();

    private final Path directory;
    private final long maxBytes;
    private final String version = VERSION;
    /** Bytes written since the folder was last measured. */
    private final AtomicLong written = new AtomicLong();
    /** The folder's size when it was last measured (after trimming), or -1 before the first measure. */
    private volatile long measured = -1;
    private final AtomicBoolean warned = new AtomicBoolean();

    CacheFolder(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    Path directory() {
        return directory;
    }

    /**
     * The folder name of this build of Concert: its version, and for a snapshot or development build also the size
     * and time of the jar or class folder it runs from, so that changed code never reads conclusions that older
     * code drew from the same inputs.
     */
    private static String codeVersion() {
        String v = CacheFolder.class.getPackage().getImplementationVersion();
        if (v != null && !v.endsWith("-SNAPSHOT")) {
            return v;
        }
        try {
            Path code = Path.of(CacheFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            long stamp;
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.walk(code)) {
                    stamp = files.filter(Files::isRegularFile).mapToLong(f -> size(f) * 31 + lastModified(f).toMillis()).sum();
                }
            } else {
                stamp = size(code) * 31 + lastModified(code).toMillis();
            }
            return (v == null ? "development" : v) + "-" + Long.toHexString(stamp);
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return (v == null ? "development" : v) + "-unknown";
        }
    }

    /** Whether the folder has any entry of {@code kind}. */
    boolean holds(String kind) {
        return Files.isDirectory(directory.resolve(version).resolve(kind));
    }

    /** Writes an entry, replacing any there. */
    void write(String kind, String fingerprint, List<String> copy) {
        Path file = entry(kind, fingerprint);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", "");
            List<String> content = new ArrayList<>(copy.size() + 2);
            content.add(FORMAT + " " + version + " " + kind + " " + fingerprint);
            content.addAll(copy);
            content.add("end " + copy.size());
            Files.write(tmp, content, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            written.addAndGet(Files.size(file));
        } catch (IOException | UncheckedIOException e) {
            warnOnce("cannot write the reasoning cache entry " + file + ": " + e);
        }
    }

    /**
     * Removes the oldest files until the folder is under 90% of its bound. The folder is measured (every entry
     * listed) once per process and again only when what was written since could have crossed the bound, so a
     * long series of builds does not list thousands of entries after each one.
     */
    synchronized void trim() {
        if (directory == null || written.get() == 0 || (measured >= 0 && measured + written.get() <= maxBytes)) {
            return;
        }
        written.set(0);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            warnOnce("cannot list the reasoning cache " + directory + ": " + e);
            return;
        }
        long total = files.stream().mapToLong(CacheFolder::size).sum();
        if (total <= maxBytes) {
            measured = total;
            return;
        }
        files.sort(Comparator.comparing(CacheFolder::lastModified));
        for (Path file : files) {
            if (total <= maxBytes * 9 / 10) {
                break;
            }
            long size = size(file);
            try {
                Files.deleteIfExists(file);
                total -= size;
            } catch (IOException e) {
                warnOnce("cannot remove the reasoning cache entry " + file + ": " + e);
            }
        }
        measured = total;
    }

    List<String> readEntry(String kind, String fingerprint) {
        Path file = entry(kind, fingerprint);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String header = FORMAT + " " + version + " " + kind + " " + fingerprint;
            if (lines.size() < 2 || !lines.get(0).equals(header)
                    || !lines.get(lines.size() - 1).equals("end " + (lines.size() - 2))) {
                damaged(file, "a damaged or foreign");
                return null;
            }
            return List.copyOf(lines.subList(1, lines.size() - 1));
        } catch (IOException | UncheckedIOException e) {
            damaged(file, "an unreadable (" + e + ")");
            return null;
        }
    }

    /** Each Concert version has a folder of its own, so versions sharing a cache never read each other's entries. */
    private Path entry(String kind, String fingerprint) {
        return directory.resolve(version).resolve(kind).resolve(fingerprint.substring(0, 2)).resolve(fingerprint);
    }

    private void damaged(Path file, String why) {
        warnOnce("ignoring " + why + " reasoning cache entry " + file + "; it will be rebuilt");
    }

    /**
     * The first problem a cache object meets is a warning; the rest (a truncated or read-only folder gives one per
     * entry) are debug lines, so that a damaged cache never floods the output. A cache problem is never an error.
     */
    private void warnOnce(String message) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("{} (further cache problems are logged at debug level)", message);
        } else {
            LOG.debug("{}", message);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

}
