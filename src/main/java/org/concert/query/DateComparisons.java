package org.concert.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.E_GreaterThan;
import org.apache.jena.sparql.expr.E_GreaterThanOrEqual;
import org.apache.jena.sparql.expr.E_LessThan;
import org.apache.jena.sparql.expr.E_LessThanOrEqual;
import org.apache.jena.sparql.expr.E_NotEquals;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * The one comparison SPARQL gets silently wrong on Concert's data: the data's dates are {@code xsd:dateTimeStamp}
 * (OWL 2 DL has no {@code xsd:date}), and SPARQL does not order a time stamp against an {@code xsd:date}, so a
 * filter such as {@code ?begin < "1950-01-01"^^xsd:date} drops every row without an error. A query that compares
 * with {@code xsd:date} literals and finds nothing gets a note saying so and how to write it.
 *
 * @since 0.2.0
 */
public final class DateComparisons {

    private DateComparisons() {
    }

    /** The {@code xsd:date} literals {@code query} compares values with ({@code < <= > >= = !=}), in order. */
    public static List<String> dateLiterals(Query query) {
        List<String> found = new ArrayList<>();
        Walker.walk(Algebra.compile(query), new OpVisitorBase(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunction2 f) {
                if (f instanceof E_LessThan || f instanceof E_LessThanOrEqual || f instanceof E_GreaterThan
                        || f instanceof E_GreaterThanOrEqual || f instanceof E_Equals || f instanceof E_NotEquals) {
                    for (Expr arg : List.of(f.getArg1(), f.getArg2())) {
                        if (arg.isConstant() && arg.getConstant().asNode().isLiteral()
                                && XSDDatatype.XSDdate.equals(arg.getConstant().asNode().getLiteralDatatype())) {
                            found.add(arg.getConstant().asNode().getLiteralLexicalForm());
                        }
                    }
                }
            }
        });
        return found;
    }

    /**
     * For a query that found {@code rows} rows: when none, and it compares with {@code xsd:date} literals, the note
     * that says why that may be and what to write instead; otherwise empty.
     */
    public static Optional<String> note(Query query, long rows) {
        if (rows > 0) {
            return Optional.empty();
        }
        List<String> dates = dateLiterals(query);
        if (dates.isEmpty()) {
            return Optional.empty();
        }
        String d = dates.get(0);
        return Optional.of("no rows, and the query compares with \"" + d + "\"^^xsd:date. Concert's dates "
                + "(time:inXSDDateTimeStamp) are xsd:dateTimeStamp, which SPARQL does not compare with xsd:date: such a "
                + "filter drops every row. Write \"" + d + "T00:00:00Z\"^^xsd:dateTimeStamp (or ?asOf, the snapshot date), "
                + "or compare xsd:date(SUBSTR(STR(?stamp), 1, 10)); the named queries' date columns are xsd:date already.");
    }
}
