package org.concert.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.concert.ConcertException;
import org.concert.ErrorCode;

/**
 * The parameters a query declares in its header, and their binding. A header line
 * {@code # Parameters: org = ?acronym (acronym), state = ?state (iso3)} names each parameter, the result variable
 * it fixes, and the kind of value it takes: {@code acronym} (an organization's acronym), {@code iso3} (an ISO 3166
 * alpha-3 code), {@code date} ({@code YYYY-MM-DD}, an {@code xsd:date}) or {@code text}. Values are checked by kind.
 * A parameter of a result variable is bound through the query's trailing {@code VALUES} block (Jena's
 * {@link Query#setValuesDataBlock}), so it joins the results of the whole query, variables computed with
 * {@code BIND} included. A parameter of a variable the query does not return (the bounds of a date range, used in
 * its filters) is substituted into the query's syntax tree by Jena ({@link QueryTransformOps#replaceVars});
 * left out, the variable stays unbound, so a filter such as {@code COALESCE(?end > ?from, true)} lets every row
 * through. A value never becomes query text.
 *
 * @since 0.2.0
 */
public final class QueryParameters {
    private static final Pattern HEADER = Pattern.compile("(?m)^#\\s*Parameters:\\s*(.+)$");
    private static final Pattern ENTRY = Pattern.compile("\\s*([a-z][a-z0-9-]*)\\s*=\\s*\\?([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*(acronym|iso3|date|text)\\s*\\)\\s*");

    /**
     * One parameter.
     *
     * @param name     what callers call it ({@code --param org=CSTO}, {@code ?org=CSTO})
     * @param variable the result variable it fixes
     * @param kind     {@code acronym}, {@code iso3}, {@code date} or {@code text}
     */
    public record Parameter(String name, String variable, String kind) {
        /** The value as an RDF term, or {@link ErrorCode#INVALID_PARAMETER} when it is not of this kind. */
        Node value(String text) {
            boolean ok = switch (kind) {
                case "acronym" -> text.matches("[A-Za-z][A-Za-z0-9-]{0,19}");
                case "iso3" -> text.matches("[A-Z]{3}");
                case "date" -> text.matches("\\d{4}-\\d{2}-\\d{2}") && XSDDatatype.XSDdate.isValid(text);
                default -> text.length() <= 200;
            };
            if (!ok) {
                throw new ConcertException(ErrorCode.INVALID_PARAMETER, "'" + text + "' is not a valid " + kind + " for "
                        + name, name, -1, -1, null);
            }
            return kind.equals("date") ? NodeFactory.createLiteralDT(text, XSDDatatype.XSDdate) : NodeFactory.createLiteralString(text);
        }

        @Override
        public String toString() {
            return name + " (" + kind + ")";
        }
    }

    private QueryParameters() {
    }

    /** The parameters declared in a query's header, in order; none when it declares none. */
    public static List<Parameter> declared(String queryText) {
        Matcher header = HEADER.matcher(queryText);
        if (!header.find()) {
            return List.of();
        }
        List<Parameter> out = new ArrayList<>();
        for (String entry : header.group(1).split(",")) {
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) {
                throw new ConcertException(ErrorCode.BUNDLE_DAMAGED, "a parameter is not declared as 'name = ?variable (kind)': '"
                        + entry.strip() + "'");
            }
            out.add(new Parameter(m.group(1), m.group(2), m.group(3)));
        }
        return List.copyOf(out);
    }

    /**
     * {@code query} with {@code values} bound: each name must be one the text declares, each value of its kind;
     * otherwise {@link ErrorCode#INVALID_PARAMETER} listing the accepted parameters. Returns the query itself
     * when there are no values.
     */
    public static Query bind(Query query, String queryText, Map<String, String> values) {
        if (values.isEmpty()) {
            return query;
        }
        Map<String, Parameter> declared = new LinkedHashMap<>();
        declared(queryText).forEach(p -> declared.put(p.name(), p));
        List<Var> vars = new ArrayList<>();
        BindingBuilder binding = BindingBuilder.create();
        Map<Var, Node> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            Parameter p = declared.get(e.getKey());
            if (p == null) {
                throw new ConcertException(ErrorCode.INVALID_PARAMETER, "no parameter '" + e.getKey() + "'; this query takes "
                        + (declared.isEmpty() ? "none" : declared.values().stream().map(Parameter::toString)
                        .collect(Collectors.joining(", "))), e.getKey(), -1, -1, null);
            }
            Var v = Var.alloc(p.variable());
            if (query.getProjectVars().contains(v)) {
                vars.add(v);
                binding.add(v, p.value(e.getValue()));
            } else {
                inputs.put(v, p.value(e.getValue()));
            }
        }
        Query bound = inputs.isEmpty() ? query.cloneQuery() : QueryTransformOps.replaceVars(query, inputs);
        if (!vars.isEmpty()) {
            Binding row = binding.build();
            bound.setValuesDataBlock(vars, List.of(row));
        }
        return bound;
    }
}
