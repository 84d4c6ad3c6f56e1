package org.concert.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * The rows of a SELECT query, copied out of the dataset so they can be read at leisure and from any thread.
 * Gives them as a fresh Jena {@link ResultSet}, as Jena {@link RDFNode}s (datatypes and languages kept), or as
 * plain Java strings.
 *
 * @since 0.1.0
 */
public final class SelectResult {
    private final List<Var> vars;
    private final List<Binding> rows;

    private SelectResult(List<Var> vars, List<Binding> rows) {
        this.vars = List.copyOf(vars);
        this.rows = Collections.unmodifiableList(rows);
    }

    /** Copies the rows of a result set (which it consumes). */
    public static SelectResult copyOf(ResultSet resultSet) {
        RowSet rowSet = RowSet.adapt(resultSet);
        List<Var> vars = rowSet.getResultVars();
        List<Binding> rows = new ArrayList<>();
        rowSet.forEachRemaining(rows::add);
        return new SelectResult(vars, rows);
    }

    /**
     * One long table of several results of the same query: a new first column {@code column} holds, on every row,
     * the value the part was computed for (a date, say). Variables missing from a part stay unbound there.
     *
     * @since 0.2.0
     */
    public static SelectResult concat(String column, List<Map.Entry<Node, SelectResult>> parts) {
        List<Var> all = new ArrayList<>(List.of(Var.alloc(column)));
        for (Map.Entry<Node, SelectResult> part : parts) {
            part.getValue().vars.stream().filter(v -> !all.contains(v)).forEach(all::add);
        }
        List<Binding> rows = new ArrayList<>();
        Var key = Var.alloc(column);
        for (Map.Entry<Node, SelectResult> part : parts) {
            for (Binding row : part.getValue().rows) {
                rows.add(BindingFactory.binding(row, key, part.getKey()));
            }
        }
        return new SelectResult(all, rows);
    }

    /** The result variables, in the query's order. */
    public List<String> variables() {
        return Var.varNames(vars);
    }

    /** The number of rows. */
    public int size() {
        return rows.size();
    }

    /** A new Jena result set over the rows; each call starts from the first row. */
    public ResultSet resultSet() {
        return ResultSet.adapt(RowSetStream.create(vars, rows.iterator()));
    }

    /**
     * The rows as maps from variable name to value: an IRI as its string, a literal as its lexical form;
     * unbound variables are absent.
     */
    public List<Map<String, String>> rows() {
        return mapped(SelectResult::plain);
    }

    /**
     * The rows as maps from variable name to Jena {@link RDFNode}, with every datatype and language tag kept;
     * unbound variables are absent.
     *
     * @since 0.2.0
     */
    public List<Map<String, RDFNode>> nodes() {
        Model model = ModelFactory.createDefaultModel();
        return mapped(model::asRDFNode);
    }

    /** The rows as unmodifiable maps from variable name to {@code value} of each bound node. */
    private <T> List<Map<String, T>> mapped(Function<Node, T> value) {
        List<Map<String, T>> out = new ArrayList<>(rows.size());
        for (Binding row : rows) {
            Map<String, T> map = new LinkedHashMap<>();
            for (Var v : vars) {
                Node n = row.get(v);
                if (n != null) {
                    map.put(v.getVarName(), value.apply(n));
                }
            }
            out.add(Collections.unmodifiableMap(map));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * The values of one variable as Jena {@link RDFNode}s, row by row (null where unbound).
     *
     * @since 0.2.0
     */
    public List<RDFNode> values(String variable) {
        Var v = variable(variable);
        Model model = ModelFactory.createDefaultModel();
        List<RDFNode> out = new ArrayList<>(rows.size());
        for (Binding row : rows) {
            Node n = row.get(v);
            out.add(n == null ? null : model.asRDFNode(n));
        }
        return out;
    }

    private Var variable(String name) {
        Var v = Var.alloc(name);
        if (!vars.contains(v)) {
            throw new ConcertException(ErrorCode.USAGE, "no result variable ?" + name + " (have " + variables() + ")");
        }
        return v;
    }

    /** The values of one variable, row by row (null where unbound). */
    public List<String> column(String variable) {
        Var v = variable(variable);
        List<String> out = new ArrayList<>(rows.size());
        for (Binding row : rows) {
            Node n = row.get(v);
            out.add(n == null ? null : plain(n));
        }
        return out;
    }

    private static String plain(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        return n.toString();
    }
}
