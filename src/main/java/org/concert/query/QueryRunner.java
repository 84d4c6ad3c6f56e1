package org.concert.query;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.function.Function;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * Runs queries over one dataset, the same way for the library, the command line and the endpoint: in a read
 * transaction, within the timeout, with the SERVICE policy and the bounded functions of {@link QueryPolicy}, the
 * results copied out, and every failure a {@link ConcertException} ({@link QueryFailure}).
 *
 * <pre>{@code
 * QueryRunner runner = new QueryRunner(dataset, QueryOptions.defaults());
 * runner.write(Queries.parse(text, "query"), ResultFormat.CSV, PrefixMapping.Standard, System.out);
 * }</pre>
 *
 * @since 0.2.0
 */
public final class QueryRunner {
    /** The variable every query may use for the snapshot date, bound to it as an {@code xsd:dateTimeStamp}. */
    public static final String AS_OF = "asOf";

    private final DatasetGraph dataset;
    private final QueryOptions options;
    private final Literal asOf;

    /** A runner over {@code dataset}, which nothing writes to while queries run. */
    public QueryRunner(DatasetGraph dataset, QueryOptions options) {
        this(dataset, options, null);
    }

    /**
     * A runner over the knowledge base of {@code snapshotDate}: a query that mentions {@code ?asOf} has it bound
     * to that date at midnight UTC, as the data's time stamps are, so that it can pick the records of that day.
     *
     * @since 0.2.0
     */
    public QueryRunner(DatasetGraph dataset, QueryOptions options, LocalDate snapshotDate) {
        this.dataset = dataset;
        this.options = options;
        this.asOf = snapshotDate == null ? null
                : ResourceFactory.createTypedLiteral(snapshotDate + "T00:00:00Z", XSDDatatype.XSDdateTimeStamp);
    }

    /** The options queries run with. */
    public QueryOptions options() {
        return options;
    }

    /** A read-only view of the dataset whose context carries the timeout and SERVICE policy, for an endpoint. */
    public DatasetGraph servedView() {
        return new DatasetGraphReadOnly(dataset, options.context());
    }

    /** Runs a SELECT query; the rows are copied, so they outlive the transaction. */
    public SelectResult select(Query query) {
        requireForm(query, query.isSelectType(), "SELECT");
        return execute(query, qe -> SelectResult.copyOf(qe.execSelect()));
    }

    /** Runs an ASK query. */
    public boolean ask(Query query) {
        requireForm(query, query.isAskType(), "ASK");
        return execute(query, QueryExecution::execAsk);
    }

    /** Runs a CONSTRUCT or DESCRIBE query and returns a copy of the resulting graph, with the query's prefixes. */
    public Model construct(Query query) {
        requireForm(query, query.isConstructType() || query.isDescribeType(), "CONSTRUCT or DESCRIBE");
        return execute(query, qe -> {
            Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            Model copy = ModelFactory.createDefaultModel().add(m);
            copy.setNsPrefixes(query.getPrefixMapping());
            return copy;
        });
    }

    /** Runs a query of any form and writes its result in {@code format}; {@code prefixes} shorten IRIs in text. */
    public void write(Query query, ResultFormat format, PrefixMapping prefixes, OutputStream out) {
        if (query.isSelectType()) {
            format.write(select(query), prefixes, out);
        } else if (query.isAskType()) {
            format.write(ask(query), out);
        } else {
            format.write(construct(query), out);
        }
    }

    /**
     * Runs {@code action} on an execution of {@code query} in a read transaction; {@code action} must copy what it
     * keeps. Failures come out as Concert errors.
     */
    public <T> T execute(Query query, Function<QueryExecution, T> action) {
        return Txn.calculateRead(dataset, () -> {
            // SERVICE would let a query make this process fetch any URL: only to the endpoints a caller allows.
            QueryExecutionBuilder builder = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query)
                    .context(QueryPolicy.context(options.serviceEndpoints()))
                    .timeout(options.timeout().toMillis());
            // Only where the query names it: a substitution would add ?asOf to the columns of SELECT *.
            if (asOf != null && OpVars.mentionedVars(Algebra.compile(query)).contains(Var.alloc(AS_OF))) {
                builder.substitution(AS_OF, asOf);
            }
            try (QueryExecution qe = builder.build()) {
                return action.apply(qe);
            } catch (RuntimeException e) {
                throw QueryFailure.classify(e, options.timeout());
            }
        });
    }

    private static void requireForm(Query query, boolean ok, String expected) {
        if (!ok) {
            throw new ConcertException(ErrorCode.QUERY_FORM, "expected a " + expected + " query, got " + query.queryType());
        }
    }
}
