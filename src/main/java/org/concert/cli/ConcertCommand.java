package org.concert.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.OptionalInt;

import org.concert.ConcertException;
import org.concert.ErrorCode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code concert}: the command line. It parses arguments, calls the library and renders results; errors are
 * one line with a stable code (the stack trace only with {@code --verbose}).
 *
 * @since 0.1.0
 */
@Command(name = "concert",
        mixinStandardHelpOptions = true,
        versionProvider = ConcertCommand.Version.class,
        description = "Reason about and query the Concert knowledge graph of regional inter-state organizations.",
        subcommands = {QueryCommand.class, PanelCommand.class, TimelineCommand.class, ExportCommand.class, ChartCommand.class, DocsCommand.class, ReasonCommand.class, ServeCommand.class, ValidateCommand.class, ExplainCommand.class, LinksCommand.class, EnrichCommand.class, ClaimsCommand.class, CowIgoCommands.Import.class, CowIgoCommands.Compare.class,
                CommandLine.HelpCommand.class})
public final class ConcertCommand implements Runnable {

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log each stage with its time, and print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its status (a short command in a JVM for a short run: {@link Launcher}). */
    public static void main(String[] args) {
        OptionalInt relaunched = Launcher.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        boolean verbose = Arrays.asList(args).contains("--verbose");
        // The runnable jar binds SLF4J to slf4j-simple: quiet unless --verbose; owlexplanation and OWLAPI chatter at INFO.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty("org.slf4j.simpleLogger.log.uk.ac.manchester", "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.semanticweb", "error");
        System.exit(commandLine().execute(args));
    }

    /** The configured picocli command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ConcertCommand());
        cli.setDefaultValueProvider(new LibraryDefaults());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            ConcertException ce = e instanceof ConcertException c ? c
                    : new ConcertException(ErrorCode.INTERNAL, e.toString(), e);
            for (ConcertException problem : ce.problems()) {
                err.println("error: " + problem.describe());
            }
            err.println("hint: " + ce.code().hint());
            ConcertCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
            if (root.verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return ce.code().exitStatus();
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("error: " + ErrorCode.USAGE.code() + " " + e.getMessage());
            err.println("hint: see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
            err.flush();
            return ErrorCode.USAGE.exitStatus();
        });
        return cli;
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ConcertCommand.class.getPackage().getImplementationVersion();
            return new String[] {"concert " + (v == null ? "(development build)" : v),
                    "Jena 5.6.0, OWLAPI 5.5.1, HermiT 1.4.5.519"};
        }
    }
}
