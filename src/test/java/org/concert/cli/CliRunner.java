package org.concert.cli;

/** The in-process command line for tests of other packages. */
public final class CliRunner {

    /** What a run printed and returned. */
    public record Result(int status, String out, String err) {
    }

    private CliRunner() {
    }

    /** Runs {@code concert ARGS...} in-process. */
    public static Result run(String... args) {
        CliRun run = CliRun.of(args);
        return new Result(run.status(), run.out(), run.err());
    }
}
