package org.concert.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.concert.query.SelectResult;
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

/** Named queries on a knowledge base reasoned as of 2018-01-01, warm: the time of one query, sampled. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryBenchmark {
    @Param({"collective-security-providers", "seed-table", "members", "membership-history"})
    public String query;

    private KnowledgeBase kb;
    private String text;

    @Setup
    public void reason() {
        kb = KnowledgeBase.bundled().asOf(LocalDate.of(2018, 1, 1)).noCache().reason();
        text = NamedQueries.get(query).text();
    }

    @Benchmark
    public SelectResult run() {
        return kb.select(text);
    }
}
