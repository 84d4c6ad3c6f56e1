package org.concert.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.concert.kb.KnowledgeBase;
import org.concert.reasoning.Stage;
import org.concert.vocab.CONCERT;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code concert reason}: builds the reasoned knowledge base and writes it out. */
@Command(name = "reason", mixinStandardHelpOptions = true,
        description = {"Reason over the knowledge base for a snapshot date and write the result.",
                "The syntax follows the extension of --out: .ttl, .nt, .jsonld (one graph) or .trig, .nq (named graphs kept apart).",
                "Without --out, Turtle goes to standard output. A summary of the stages goes to standard error."})
final class ReasonCommand implements Callable<Integer> {

    @Mixin
    KnowledgeBaseOptions kbOptions;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the knowledge base.")
    Path out;

    @Option(names = "--inferred-only", description = "Write only the inferred triples.")
    boolean inferredOnly;

    @Option(names = "--timeline", description = "Add the timeline graph: the periods of every inferred class and derived "
            + "link, from every change day of the data (about a minute the first time; cached).")
    boolean timeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter err = spec.commandLine().getErr();
        KnowledgeBase.Builder builder = kbOptions.builder();
        if (timeline) {
            builder.withTimeline();
        }
        KnowledgeBase kb = builder.reason();
        if (out == null) {
            kb.write(System.out, Lang.TURTLE, inferredOnly);
            System.out.flush();
        } else {
            kb.write(out, inferredOnly);
        }
        for (Stage stage : kb.stages()) {
            err.println(stage);
        }
        err.printf("as of %s: schema %d, data %d, snapshot %d, inferred %d triples%s%n", kb.asOf(),
                kb.size(CONCERT.SCHEMA_GRAPH), kb.size(CONCERT.DATA_GRAPH), kb.size(CONCERT.SNAPSHOT_GRAPH),
                kb.size(CONCERT.INFERRED_GRAPH), out == null ? "" : "; written to " + out);
        err.flush();
        return 0;
    }
}
