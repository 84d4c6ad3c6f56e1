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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the conclusions of reasoning modules are kept between builds, keyed by a SHA-256 fingerprint of the
 * module's axioms, so that a date whose module for an organization equals an earlier date's costs nothing.
 *
 * <p>Entries live in memory for the life of this object and, unless the cache is {@link #memoryOnly()}, in a
 * folder on disk: one small text file per entry, {@code VERSION/KIND/ab/FINGERPRINT}, whose first line names the format,
 * Concert's version, the kind and the fingerprint, and whose last line counts the lines between. An entry is
 * written to a temporary file in the same folder and moved into place atomically, so concurrent processes see a
 * whole entry or none. A truncated, foreign or other-version entry is logged, ignored and written again. The
 * folder is bounded: after a build that wrote entries, the oldest files are removed until the folder is under
 * 90% of its bound again (entries are cheap to rebuild; reads do not touch the files, to keep them cheap).
 *
 * <p>Thread-safe. The default folder is {@link #defaultDirectory()}.
 *
 * @since 0.2.0
 */
public final class ReasoningCache {
    private static final Logger LOG = LoggerFactory.getLogger(ReasoningCache.class);
    private static final String FORMAT = "concert-reasoning-cache 1";
    /** Default bound of the disk folder. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private static final int MAX_MEMORY_ENTRIES = 200_000;
    private static final Map<Path, ReasoningCache> SHARED = new ConcurrentHashMap<>();
    private static final String VERSION = codeVersion();

    private final Path directory;
    private final long maxBytes;
    private final String version;
    private final Map<String, List<String>> memory = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    /** Bytes written since the folder was last measured. */
    private final AtomicLong written = new AtomicLong();
    /** The folder's size when it was last measured (after trimming), or -1 before the first measure. */
    private volatile long measured = -1;
    private final AtomicBoolean warned = new AtomicBoolean();

    private ReasoningCache(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.version = VERSION;
    }

    /**
     * The folder name of this build of Concert: its version, and for a snapshot or development build also the size
     * and time of the jar or class folder it runs from, so that changed code never reads conclusions that older
     * code drew from the same inputs.
     */
    private static String codeVersion() {
        String v = ReasoningCache.class.getPackage().getImplementationVersion();
        if (v != null && !v.endsWith("-SNAPSHOT")) {
            return v;
        }
        try {
            Path code = Path.of(ReasoningCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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

    /** A cache in {@code directory} (created when first written), bounded to {@link #DEFAULT_MAX_BYTES}. */
    public static ReasoningCache at(Path directory) {
        return at(directory, DEFAULT_MAX_BYTES);
    }

    /** A cache in {@code directory} whose files together stay under {@code maxBytes} after each build. */
    public static ReasoningCache at(Path directory, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("a cache bound must be positive, got " + maxBytes);
        }
        return new ReasoningCache(directory.toAbsolutePath(), maxBytes);
    }

    /**
     * The cache of {@link #defaultDirectory()}, one object per process, so that builds in one process share its
     * entries in memory.
     */
    public static ReasoningCache shared() {
        return SHARED.computeIfAbsent(defaultDirectory().toAbsolutePath(), ReasoningCache::at);
    }

    /** A cache that keeps entries in memory only, for the life of this object (e.g. many dates in one process). */
    public static ReasoningCache memoryOnly() {
        return new ReasoningCache(null, DEFAULT_MAX_BYTES);
    }

    /**
     * The per-user cache folder: {@code $XDG_CACHE_HOME/concert/reasoning} when that variable is set, else
     * {@code ~/.cache/concert/reasoning}.
     */
    public static Path defaultDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("concert").resolve("reasoning");
    }

    /** The folder on disk, if any. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** Lookups answered from memory or disk since this object was made. */
    public long hits() {
        return hits.get();
    }

    /** Lookups not answered since this object was made. */
    public long misses() {
        return misses.get();
    }

    /** Whether any entry of {@code kind} is in memory or on disk. */
    boolean holds(String kind) {
        String prefix = kind + "/";
        if (memory.keySet().stream().anyMatch(k -> k.startsWith(prefix))) {
            return true;
        }
        return directory != null && Files.isDirectory(directory.resolve(version).resolve(kind));
    }

    /**
     * The lines stored under {@code kind} and {@code fingerprint}, if a sound entry is there. Kinds are Concert's
     * own ({@code module}, {@code input}, {@code terminology}, {@code build}).
     */
    public Optional<List<String>> get(String kind, String fingerprint) {
        String key = kind + "/" + fingerprint;
        List<String> lines = memory.get(key);
        if (lines == null && directory != null) {
            lines = readEntry(kind, fingerprint);
            if (lines != null) {
                memory.put(key, lines);
            }
        }
        (lines == null ? misses : hits).incrementAndGet();
        return Optional.ofNullable(lines);
    }

    /** Stores {@code lines} under {@code kind} and {@code fingerprint}; a disk failure is logged, never thrown. */
    public void put(String kind, String fingerprint, List<String> lines) {
        List<String> copy = List.copyOf(lines);
        if (memory.size() > MAX_MEMORY_ENTRIES) {
            memory.clear();
        }
        memory.put(kind + "/" + fingerprint, copy);
        if (directory == null) {
            return;
        }
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
    public synchronized void trim() {
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
        long total = files.stream().mapToLong(ReasoningCache::size).sum();
        if (total <= maxBytes) {
            measured = total;
            return;
        }
        files.sort(Comparator.comparing(ReasoningCache::lastModified));
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

    private List<String> readEntry(String kind, String fingerprint) {
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

    @Override
    public String toString() {
        return directory == null ? "memory-only reasoning cache" : "reasoning cache in " + directory;
    }
}
