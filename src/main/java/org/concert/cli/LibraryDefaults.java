package org.concert.cli;

import org.concert.kb.BuildOptions;
import org.concert.query.QueryOptions;
import org.concert.reasoning.Explainer;
import org.concert.server.ConcertServer;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of the options that set a library setting, read from the library, so that they live in one place
 * and the help text ({@code ${DEFAULT-VALUE}}) shows what the library does.
 */
final class LibraryDefaults implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        boolean serve = option.command() != null && option.command().name().equals("serve");
        return switch (option.longestName()) {
            case "--reasoner-timeout" -> Long.toString(BuildOptions.DEFAULT_REASONER_TIMEOUT.toSeconds());
            case "--timeout" -> Long.toString((serve ? ConcertServer.DEFAULT_QUERY_TIMEOUT : QueryOptions.DEFAULT_TIMEOUT).toSeconds());
            case "--port" -> serve ? Integer.toString(ConcertServer.DEFAULT_PORT) : null;
            case "--host" -> serve ? ConcertServer.DEFAULT_HOST : null;
            case "--max" -> Integer.toString(Explainer.DEFAULT_JUSTIFICATIONS);
            default -> null;
        };
    }
}
