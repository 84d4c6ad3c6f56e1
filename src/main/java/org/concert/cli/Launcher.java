package org.concert.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import picocli.CommandLine.Command;

/**
 * Runs a short command in a JVM that compiles for a short run. A cold one-date query spends about half its CPU
 * time in HotSpot's optimizing compiler (C2), whose code pays off only after tens of seconds; on two cores that
 * compiler competes with the reasoner. So {@code java -jar concert.jar COMMAND} starts the command again, once,
 * in a JVM with the same arguments and {@code -XX:TieredStopAtLevel=1} (the quick C1 compiler only), and exits
 * with its status. The second JVM costs about 0.2 s; the first query with an empty cache goes from about 6.5 s
 * to about 4.5 s on the 2-core machine of the README.
 *
 * <p>Not relaunched: {@code serve} and {@code timeline} (long runs, for which C2's code is worth its cost), a JVM
 * whose command line already chooses its compilers ({@code -XX:...Tiered...}), a JVM started with
 * {@code -Dconcert.jit=full}, help and version requests, and platforms that do not tell a process its own
 * command line (or tell one that does not end with the command's arguments). Embedding applications never go through here: it is only the jar's {@code main}.
 */
final class Launcher {
    /** Set on the second JVM, which runs the command itself. */
    static final String RELAUNCHED = "concert.relaunched";
    /** {@code -Dconcert.jit=full} keeps the JVM as started. */
    static final String JIT = "concert.jit";
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    private static final Set<String> LONG_RUNNING = Set.of(name(ServeCommand.class), name(TimelineCommand.class));

    private Launcher() {
    }

    /**
     * Runs {@code args} in a JVM for a short run when that applies and returns its exit status; empty when the
     * command should run here (see the class comment), or when the JVM could not be started.
     */
    static OptionalInt relaunch(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = command(self.command(), self.arguments().map(Arrays::asList), args,
                System.getProperty(JIT), System.getProperty(RELAUNCHED));
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        // Killed or interrupted, this JVM takes the command's JVM with it.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy, "concert-relaunch"));
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(130);
        }
    }

    /**
     * The command line of the JVM to run {@code args} in: the java executable, {@link #QUICK_COMPILER}, the
     * relaunch mark, then this JVM's own arguments unchanged (its options, {@code -jar} or {@code -cp} and main
     * class, and {@code args}); empty when the command should run in this JVM.
     *
     * @param java          this JVM's executable, when the platform tells it
     * @param jvmArguments  this JVM's arguments after the executable, when the platform tells them
     * @param jit           the value of {@code -Dconcert.jit}, or null
     * @param relaunched    the value of {@code -Dconcert.relaunched}, or null
     */
    static Optional<List<String>> command(Optional<String> java, Optional<List<String>> jvmArguments, String[] args,
                                          String jit, String relaunched) {
        Optional<String> subcommand = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst();
        if (relaunched != null || "full".equals(jit) || java.isEmpty() || jvmArguments.isEmpty()
                || subcommand.isEmpty() || LONG_RUNNING.contains(subcommand.get())
                || !endsWith(jvmArguments.get(), args)
                || jvmArguments.get().stream().anyMatch(a -> a.startsWith("-XX:") && a.contains("Tiered"))
                || Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.get());
        command.add(QUICK_COMPILER);
        command.add("-D" + RELAUNCHED + "=true");
        command.addAll(jvmArguments.get());
        return Optional.of(command);
    }

    /** Whether the JVM's arguments as the platform reports them end with the command's: else they are not to be trusted. */
    private static boolean endsWith(List<String> jvmArguments, String[] args) {
        int from = jvmArguments.size() - args.length;
        return from >= 0 && jvmArguments.subList(from, jvmArguments.size()).equals(Arrays.asList(args));
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
