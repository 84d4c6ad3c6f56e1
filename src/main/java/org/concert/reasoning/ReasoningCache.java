package org.concert.reasoning;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
    /** Default bound of the disk folder. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    private static final int MAX_MEMORY_ENTRIES = 200_000;
    private static final Map<Path, ReasoningCache> SHARED = new ConcurrentHashMap<>();

    /** The folder on disk, or null for a memory-only cache. */
    private final CacheFolder folder;
    private final Map<String, List<String>> memory = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    private ReasoningCache(Path directory, long maxBytes) {
        this.folder = directory == null ? null : new CacheFolder(directory, maxBytes);
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
        return Optional.ofNullable(folder).map(CacheFolder::directory);
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
        return folder != null && folder.holds(kind);
    }

    /**
     * The lines stored under {@code kind} and {@code fingerprint}, if a sound entry is there. Kinds are Concert's
     * own ({@code module}, {@code input}, {@code terminology}, {@code build}).
     */
    public Optional<List<String>> get(String kind, String fingerprint) {
        String key = kind + "/" + fingerprint;
        List<String> lines = memory.get(key);
        if (lines == null && folder != null) {
            lines = folder.readEntry(kind, fingerprint);
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
        if (folder != null) {
            folder.write(kind, fingerprint, copy);
        }
    }

    /** Removes the oldest files of the folder on disk until it is under 90% of its bound, when it may be over. */
    public void trim() {
        if (folder != null) {
            folder.trim();
        }
    }

    @Override
    public String toString() {
        return folder == null ? "memory-only reasoning cache" : "reasoning cache in " + folder.directory();
    }
}
