package org.concert.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.concert.ConcertException;
import org.concert.ErrorCode;
import org.concert.chart.MemberCountChart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code concert chart members}: pictures of the data. */
@Command(name = "chart", mixinStandardHelpOptions = true, description = "Draw the data as SVG (or PNG).",
        subcommands = ChartCommand.Members.class)
final class ChartCommand implements Runnable {

    @Override
    public void run() {
        throw new ConcertException(ErrorCode.USAGE, "say which chart: 'chart members ORG... --from DATE --to DATE --out FILE.svg'");
    }

    /** {@code chart members ORG... --from DATE --to DATE --out FILE.svg|.png}. */
    @Command(name = "members", mixinStandardHelpOptions = true,
            description = "Member counts over time, one step line per organization, from the dated membership records.")
    static final class Members implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "ORG", description = "Organizations by acronym, e.g. NATO CSTO.")
        List<String> orgs = new ArrayList<>();

        @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first date (YYYY-MM-DD).")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last date (YYYY-MM-DD).")
        String to;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write: .svg or .png.")
        Path out;

        @Option(names = "--width", defaultValue = "1000", description = "Width in pixels. Default: ${DEFAULT-VALUE}.")
        int width;

        @Option(names = "--height", defaultValue = "600", description = "Height in pixels. Default: ${DEFAULT-VALUE}.")
        int height;

        @Mixin
        KnowledgeBaseOptions kbOptions;

        @Override
        public Integer call() throws IOException {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".svg") && !name.endsWith(".png")) {
                throw new ConcertException(ErrorCode.FORMAT_MISMATCH, "a chart is written as .svg or .png", out.toString(), -1, -1, null);
            }
            MemberCountChart chart = MemberCountChart.of(kbOptions.builder().build(), orgs,
                    KnowledgeBaseOptions.date(from, "--from"), KnowledgeBaseOptions.date(to, "--to"));
            if (name.endsWith(".svg")) {
                Files.writeString(out, chart.svg(width, height), StandardCharsets.UTF_8);
            } else {
                try (OutputStream png = Files.newOutputStream(out)) {
                    chart.png(png, width, height);
                }
            }
            return 0;
        }
    }
}
