package org.concert.query;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Collection;
import java.util.Set;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionBase1;
import org.apache.jena.sparql.function.FunctionBase2;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.function.library.Math_exp10;
import org.apache.jena.sparql.function.library.Math_pow;
import org.apache.jena.sparql.function.library.leviathan.pow;
import org.apache.jena.sparql.util.Context;

/**
 * The context every Concert query runs in, in the library and the endpoint alike: {@code SERVICE} only to the
 * allowed endpoints ({@link ServiceAllowList}), and the numeric functions whose single evaluation can run for
 * minutes bounded. A query's timeout is checked between solutions, never inside one function call, so
 * {@code math:pow(10, 30000000)} would keep a core busy long after the client gave up; here a power or
 * {@code math:exp10} with more than {@link #MAX_DIGITS} digits stops the query at once with {@link TooCostly}.
 *
 * @since 0.2.0
 */
public final class QueryPolicy {
    /** The most digits an exact power may have. */
    public static final int MAX_DIGITS = 10_000;
    private static final String LEVIATHAN = "http://www.dotnetrdf.org/leviathan#";

    private QueryPolicy() {
    }

    /** A value a query computes would cost too much to compute; the query is stopped. */
    public static final class TooCostly extends QueryCancelledException {
        private final String reason;

        TooCostly(String reason) {
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }

    /** A SERVICE call to an endpoint that is not allowed; thrown before any connection is made. */
    public static final class ServiceNotAllowed extends QueryExecException {
        private final String target;

        ServiceNotAllowed(String target, String message) {
            super(message);
            this.target = target;
        }

        /** The SERVICE target that was refused, as written in the query. */
        public String target() {
            return target;
        }
    }

    /**
     * The endpoint URLs SERVICE may call, normalized (scheme and host in lower case, the default port explicit),
     * or a {@link org.concert.ErrorCode#USAGE} error naming the first that is not an http or https URL with a host.
     */
    public static Set<URI> endpoints(Collection<String> urls) {
        return ServiceAllowList.endpoints(urls);
    }

    /** The query context for {@code endpoints} (none: every SERVICE is refused). */
    public static Context context(Set<URI> endpoints) {
        Context context = ServiceAllowList.context(endpoints);
        FunctionRegistry functions = FunctionRegistry.createFrom(FunctionRegistry.get());
        functions.put(ARQConstants.mathPrefix + "pow", uri -> bounded2(new Math_pow(), "math:pow"));
        functions.put(LEVIATHAN + "pow", uri -> bounded2(new pow(), "leviathan:pow"));
        functions.put(ARQConstants.mathPrefix + "exp10", uri -> bounded1(new Math_exp10()));
        FunctionRegistry.set(context, functions);
        return context;
    }

    private static Function bounded2(FunctionBase2 delegate, String name) {
        return new FunctionBase2() {
            @Override
            public NodeValue exec(NodeValue base, NodeValue exponent) {
                if (exponent.isInteger() && (base.isInteger() || base.isDecimal())) {
                    double magnitude = Math.abs(base.getDecimal().abs().compareTo(BigDecimal.ZERO) == 0 ? 0
                            : Math.log10(base.getDecimal().abs().doubleValue()));
                    if (magnitude * Math.abs(exponent.getInteger().doubleValue()) > MAX_DIGITS) {
                        throw new TooCostly(name + "(" + base.asUnquotedString() + ", " + exponent.asUnquotedString()
                                + ") would have more than " + MAX_DIGITS + " digits");
                    }
                }
                return delegate.exec(base, exponent);
            }
        };
    }

    private static Function bounded1(FunctionBase1 delegate) {
        return new FunctionBase1() {
            @Override
            public NodeValue exec(NodeValue exponent) {
                if (exponent.isInteger() && Math.abs(exponent.getInteger().doubleValue()) > MAX_DIGITS) {
                    throw new TooCostly("math:exp10(" + exponent.asUnquotedString() + ") would have more than "
                            + MAX_DIGITS + " digits");
                }
                return delegate.exec(exponent);
            }
        };
    }
}
