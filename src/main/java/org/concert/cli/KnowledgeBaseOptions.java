package org.concert.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.concert.Day;
import org.concert.TimeLimit;
import org.concert.kb.KnowledgeBase;

import picocli.CommandLine.Option;

/** The options every command that builds a knowledge base shares. */
final class KnowledgeBaseOptions {

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Snapshot date (YYYY-MM-DD) whose memberships count. Default: today.")
    String asOf;

    @Option(names = "--data", paramLabel = "FILE",
            description = "An extra RDF file (.ttl, .nt, .rdf/.owl, .jsonld) loaded into the data graph; repeatable.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--reasoner-timeout", paramLabel = "SECONDS",
            description = "Limit for the reasoner, in seconds. Default: ${DEFAULT-VALUE}.")
    long reasonerTimeout;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of the reasoning cache. Default: $XDG_CACHE_HOME/concert/reasoning or ~/.cache/concert/reasoning.")
    Path cache;

    @Option(names = "--no-cache", description = "Reason without reading or writing the reasoning cache.")
    boolean noCache;

    @Option(names = "--no-strict", description = "Build --data files without the checks of 'validate' (SHACL shapes, "
            + "OWL 2 DL profile); reasoning still refuses an inconsistent knowledge base.")
    boolean noStrict;

    /** The builder these options describe. */
    KnowledgeBase.Builder builder() {
        KnowledgeBase.Builder builder = KnowledgeBase.bundled().asOf(date())
                .reasonerTimeout(TimeLimit.ofSeconds(reasonerTimeout, "--reasoner-timeout"));
        data.forEach(builder::addFile);
        builder.strict(!noStrict);
        if (noCache) {
            builder.noCache();
        } else if (cache != null) {
            builder.cache(cache);
        }
        return builder;
    }

    private LocalDate date() {
        return date(asOf);
    }

    /** An {@code --as-of} value as a date: today when absent, CONCERT-E020 when not YYYY-MM-DD. */
    static LocalDate date(String asOf) {
        return asOf == null ? LocalDate.now() : Day.parse(asOf, "--as-of");
    }
}
