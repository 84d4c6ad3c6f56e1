package org.concert.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.concert.ConcertException;
import org.concert.Day;
import org.concert.ErrorCode;
import org.concert.chart.Chart;
import org.concert.chart.MemberCountChart;
import org.concert.chart.MembershipMatrixChart;
import org.concert.chart.MembershipTimelineChart;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.Timeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concert chart timeline|members|matrix}: pictures of the data. */
@Command(name = "chart", mixinStandardHelpOptions = true, description = "Draw the data as SVG (or PNG).",
        subcommands = {ChartCommand.TimelineChart.class, ChartCommand.Members.class, ChartCommand.Matrix.class})
final class ChartCommand implements Runnable {

    @Override
    public void run() {
        throw new ConcertException(ErrorCode.USAGE, "say which chart: 'chart timeline ORG|STATE', 'chart members ORG...' or 'chart matrix'");
    }

    /** Where and how large a chart is written; the format follows the file's extension. */
    static final class Output {
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write: .svg or .png.")
        Path out;

        @Option(names = "--width", description = "Width in pixels. Default: 1000, or what the matrix's columns need.")
        Integer width;

        @Option(names = "--height", description = "Height in pixels. Default: what keeps every row readable.")
        Integer height;

        /** Checks the file's extension before any work is done. */
        void check() {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".svg") && !name.endsWith(".png")) {
                throw new ConcertException(ErrorCode.FORMAT_MISMATCH, "a chart is written as .svg or .png", out.toString(), -1, -1, null);
            }
        }

        int write(Chart chart) throws IOException {
            int w = width != null ? width : chart.width();
            int h = height != null ? height : chart.height(w);
            if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                Files.writeString(out, chart.svg(w, h), StandardCharsets.UTF_8);
            } else {
                try (OutputStream png = Files.newOutputStream(out)) {
                    chart.png(png, w, h);
                }
            }
            return 0;
        }
    }

    /** The days a chart spans; the library's defaults (the first membership day, today) where not given. */
    static final class Range {
        @Option(names = "--from", paramLabel = "DATE", description = "The first date (YYYY-MM-DD). Default: the first membership day.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "The last date (YYYY-MM-DD). Default: today.")
        String to;

        LocalDate first() {
            return from == null ? null : Day.parse(from, "--from");
        }

        LocalDate last() {
            return to == null ? null : Day.parse(to, "--to");
        }
    }

    /** {@code chart timeline ORG|STATE [--from DATE] [--to DATE] --out FILE.svg|.png}. */
    @Command(name = "timeline", mixinStandardHelpOptions = true,
            description = {"One row per member (or, for a state, per organization), a bar for each membership period coloured",
                    "by status, and under them the periods of each inferred class or derived link (the timeline is reasoned",
                    "once and cached)."})
    static final class TimelineChart implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ORG|STATE", description = "An organization's acronym (NATO) or a state's ISO 3166 alpha-3 code (GEO).")
        String entity;

        @Mixin
        Range range;

        @Mixin
        Output output;

        @Mixin
        KnowledgeBaseOptions kbOptions;

        @Override
        public Integer call() throws IOException {
            output.check();
            KnowledgeBase kb = kbOptions.builder().withTimeline().reason();
            return output.write(MembershipTimelineChart.of(kb, Timeline.of(kb), entity, range.first(), range.last()));
        }
    }

    /** {@code chart members ORG... [--from DATE] [--to DATE] --out FILE.svg|.png}. */
    @Command(name = "members", mixinStandardHelpOptions = true,
            description = "Member counts over time, one step line per organization, from the dated membership records.")
    static final class Members implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ORG", description = "Organizations by acronym, e.g. NATO CSTO.")
        List<String> orgs = new ArrayList<>();

        @Mixin
        Range range;

        @Mixin
        Output output;

        @Mixin
        KnowledgeBaseOptions kbOptions;

        @Override
        public Integer call() throws IOException {
            output.check();
            return output.write(MemberCountChart.of(kbOptions.builder().build(), orgs, range.first(), range.last()));
        }
    }

    /** {@code chart matrix --as-of DATE [--org ORG...] --out FILE.svg|.png}. */
    @Command(name = "matrix", mixinStandardHelpOptions = true,
            description = "States by organizations on one day, each cell coloured by the state's membership status.")
    static final class Matrix implements Callable<Integer> {
        @Option(names = "--org", arity = "1..*", paramLabel = "ORG", description = "Organizations by acronym. Default: all with a member that day.")
        List<String> orgs = new ArrayList<>();

        @Mixin
        Output output;

        @Mixin
        KnowledgeBaseOptions kbOptions;

        @Override
        public Integer call() throws IOException {
            output.check();
            KnowledgeBase kb = kbOptions.builder().build();
            return output.write(MembershipMatrixChart.of(kb, kb.asOf(), orgs));
        }
    }
}
