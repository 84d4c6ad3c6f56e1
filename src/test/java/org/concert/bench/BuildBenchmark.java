package org.concert.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.ReasoningCache;
import org.concert.reasoning.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One build of the bundled knowledge base as of 2018-01-01, in a JVM that has built before: with an empty disk
 * cache, with the cache that build left, or without reasoning. Prints the median of each stage at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class BuildBenchmark {
    private static final LocalDate DATE = LocalDate.of(2018, 1, 1);

    @Param({"empty-cache", "warm-cache", "no-reasoning"})
    public String mode;

    private Path cacheDir;
    private final Map<String, List<Long>> stageMillis = new LinkedHashMap<>();

    @Setup(Level.Trial)
    public void prepareCache() throws IOException {
        cacheDir = Files.createTempDirectory("concert-bench-cache");
        KnowledgeBase.bundled().asOf(DATE).cache(ReasoningCache.at(cacheDir)).reason();
    }

    @Setup(Level.Iteration)
    public void emptyTheCacheIfAsked() throws IOException {
        if (mode.equals("empty-cache")) {
            delete(cacheDir);
            Files.createDirectories(cacheDir);
        }
    }

    @Benchmark
    public KnowledgeBase build() {
        KnowledgeBase.Builder builder = KnowledgeBase.bundled().asOf(DATE).cache(ReasoningCache.at(cacheDir));
        KnowledgeBase kb = mode.equals("no-reasoning") ? builder.build() : builder.reason();
        for (Stage s : kb.stages()) {
            stageMillis.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.millis());
        }
        return kb;
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        StringBuilder line = new StringBuilder("stage medians (" + mode + "):");
        stageMillis.forEach((name, ms) -> line.append(' ').append(name).append(' ').append(median(ms)).append(" ms,"));
        System.out.println(line);
        delete(cacheDir);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
