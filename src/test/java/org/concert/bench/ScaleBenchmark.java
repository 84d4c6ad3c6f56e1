package org.concert.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.ReasoningCache;
import org.concert.vocab.CONCERT;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reasoning one date of a synthetic knowledge base {@code factor} times the bundled organizations and memberships
 * ({@link SyntheticScale}), with an empty cache each time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx12g")
public class ScaleBenchmark {
    @Param({"1", "10", "100"})
    public int factor;

    private Graph copies;

    @Setup
    public void generate() {
        Graph data = KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).build().copyOf(CONCERT.DATA_GRAPH).getGraph();
        copies = SyntheticScale.copies(data, factor);
    }

    @Benchmark
    public KnowledgeBase reason() {
        return KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).strict(false).addGraph(copies).cache(ReasoningCache.memoryOnly())
                .reasonerTimeout(Duration.ofMinutes(10)).reason();
    }
}
