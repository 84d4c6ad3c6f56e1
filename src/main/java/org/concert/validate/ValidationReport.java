package org.concert.validate;

import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * What a validation found: every problem, in the order the checks ran (syntax, SHACL, profile, consistency).
 *
 * @since 0.1.0
 */
public record ValidationReport(List<Problem> problems) {

    public ValidationReport {
        problems = List.copyOf(problems);
    }

    /** Whether every check held. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The report as text: one problem and its hint per entry, or a line saying all checks hold. */
    public String text() {
        if (problems.isEmpty()) {
            return "valid: syntax, SHACL shapes, OWL 2 DL profile and consistency all hold\n";
        }
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            sb.append(p.describe()).append('\n').append("  hint: ").append(p.hint()).append('\n');
        }
        return sb.append(problems.size()).append(problems.size() == 1 ? " problem\n" : " problems\n").toString();
    }

    /** The report as JSON: {@code {"valid": false, "problems": [{"code": ..., "file": ..., ...}]}}. */
    public String json() {
        JsonObject root = new JsonObject();
        root.addProperty("valid", problems.isEmpty());
        JsonArray array = new JsonArray();
        for (Problem p : problems) {
            JsonObject o = new JsonObject();
            o.addProperty("code", p.code().code());
            o.addProperty("file", p.file());
            if (p.line() > 0) {
                o.addProperty("line", p.line());
            }
            if (p.column() > 0) {
                o.addProperty("column", p.column());
            }
            o.addProperty("subject", p.subject());
            o.addProperty("message", p.message());
            o.addProperty("hint", p.hint());
            array.add(o);
        }
        root.add("problems", array);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root) + "\n";
    }
}
