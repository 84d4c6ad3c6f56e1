package org.concert.server;

import java.util.Map;
import java.util.TreeMap;

import org.concert.Html;
import org.concert.kb.KnowledgeBase;
import org.concert.kb.Memberships;
import org.concert.profile.OrganizationProfile;
import org.concert.query.NamedQueries;
import org.concert.query.NamedQuery;
import org.concert.query.QueryParameters;

/**
 * The page at {@code /}: what the endpoint is, a date control (the per-request {@code as-of}), the named queries
 * with their parameters and a button to run each, a query box, the results with CSV and JSON downloads, the charts
 * for any organization or state, and links to each organization's page. Self-contained (no external scripts or
 * styles), so it works on a machine without internet.
 */
final class IndexPage {
    /** The style sheet of Concert's pages. */
    static final String STYLE = """
            body { font-family: sans-serif; margin: 2em; max-width: 80em; }
            table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
            textarea { width: 100%; font-family: monospace; }
            #status { color: #a00; }
            #chart svg { max-width: 100%; height: auto; }
            input.param { width: 8em; }
            """;

    private IndexPage() {
    }

    static String html(KnowledgeBase kb, boolean otherDates) {
        StringBuilder queries = new StringBuilder();
        for (NamedQuery q : NamedQueries.all()) {
            String name = Html.escape(q.name());
            queries.append("<tr><td><code>").append(name).append("</code></td><td>").append(Html.escape(q.question())).append("</td><td>");
            for (QueryParameters.Parameter p : QueryParameters.declared(q.text())) {
                queries.append("<input class=\"param\" data-query=\"").append(name).append("\" data-param=\"")
                        .append(Html.escape(p.name())).append("\" placeholder=\"").append(Html.escape(p.name() + " (" + p.kind() + ")"))
                        .append("\"> ");
            }
            queries.append("<button type=\"button\" class=\"run\" data-query=\"").append(name).append("\">Run</button></td></tr>\n");
        }
        StringBuilder entities = new StringBuilder("<optgroup label=\"Organizations\">\n");
        StringBuilder organizations = new StringBuilder();
        for (Map.Entry<String, String> o : OrganizationProfile.names(kb).entrySet()) {
            String acronym = Html.escape(o.getKey());
            entities.append("<option value=\"").append(acronym).append("\">").append(acronym).append(" - ")
                    .append(Html.escape(o.getValue())).append("</option>\n");
            organizations.append("<li><a href=\"concert/org/").append(Html.pathSegment(o.getKey())).append("\">").append(acronym).append("</a> ")
                    .append(Html.escape(o.getValue())).append("</li>\n");
        }
        entities.append("</optgroup>\n<optgroup label=\"States\">\n");
        Map<String, String> states = new TreeMap<>();
        Memberships.of(kb).forEach(r -> states.putIfAbsent(r.state(), r.name()));
        states.forEach((code, name) -> entities.append("<option value=\"").append(Html.escape(code)).append("\">")
                .append(Html.escape(code)).append(" - ").append(Html.escape(name)).append("</option>\n"));
        entities.append("</optgroup>\n");
        String served = kb.asOf().toString();
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Concert SPARQL endpoint</title>
                <style>
                %s</style>
                </head>
                <body>
                <h1>Concert</h1>
                <p>A read-only SPARQL 1.1 endpoint over the Concert knowledge graph of regional inter-state organizations
                (UN Charter Chapter VIII), their functions and their member states over time, reasoned with HermiT as of
                <strong id="as-of">%s</strong>.</p>
                <p>Query endpoint: <code>/concert/sparql</code> (also <code>/concert/query</code>); graphs: <code>/concert/get</code>;
                named queries: <code>/concert/queries/NAME</code>; charts: <code>/concert/charts/</code>; organizations:
                <code>/concert/org/ACRONYM</code>; the ontology: <a href="ontology">/ontology</a>; health: <code>/$/ping</code>.</p>
                <p><label>Answer as of <input type="date" id="date" value="%s" min="0001-01-01" max="9999-12-31"%s></label>
                <span id="date-note">%s</span></p>
                <h2>Named queries</h2>
                <table id="named-queries">
                <tr><th>name</th><th>question</th><th>parameters</th></tr>
                %s</table>
                <h2>Query</h2>
                <form id="query-form">
                <textarea id="query" name="query" rows="8">PREFIX concert: &lt;https://w3id.org/concert/ontology#&gt;
                SELECT ?acronym WHERE { ?o a concert:CollectiveSecurityProvider ; concert:acronym ?acronym } ORDER BY ?acronym</textarea>
                <p><button type="submit" id="run-query">Run query</button></p>
                </form>
                <h2>Results</h2>
                <p><button type="button" id="download-csv" disabled>Download CSV</button>
                <button type="button" id="download-json" disabled>Download JSON</button></p>
                <p id="status"></p>
                <table id="results"></table>
                <h2>Charts</h2>
                <p><select id="chart-entity">
                %s</select>
                <select id="chart-kind"><option value="timeline">membership timeline</option>
                <option value="members">member count (organizations)</option>
                <option value="matrix">states by organizations on the date</option></select>
                <button type="button" id="draw-chart">Draw</button> <a id="chart-link" href="">open the SVG</a></p>
                <div id="chart"></div>
                <h2>Organizations</h2>
                <ul id="organizations">
                %s</ul>
                <script>
                const served = '%s';
                const date = document.getElementById('date');
                function withDate(url) {
                  const d = date.disabled || !date.value || date.value === served ? null : date.value;
                  return d ? url + (url.includes('?') ? '&' : '?') + 'as-of=' + encodeURIComponent(d) : url;
                }
                let last = null;
                function show(json) {
                  const table = document.getElementById('results');
                  table.replaceChildren();
                  if (json.boolean !== undefined) {
                    const tr = document.createElement('tr'); const td = document.createElement('td');
                    td.textContent = json.boolean; tr.appendChild(td); table.appendChild(tr); return;
                  }
                  const vars = json.head.vars;
                  const head = document.createElement('tr');
                  vars.forEach(v => { const th = document.createElement('th'); th.textContent = v; head.appendChild(th); });
                  table.appendChild(head);
                  json.results.bindings.forEach(b => {
                    const tr = document.createElement('tr');
                    vars.forEach(v => { const td = document.createElement('td'); td.textContent = b[v] ? b[v].value : ''; tr.appendChild(td); });
                    table.appendChild(tr);
                  });
                }
                async function run(url) {
                  const status = document.getElementById('status');
                  status.textContent = 'running...';
                  const response = await fetch(url, { headers: { 'Accept': 'application/sparql-results+json' } });
                  if (!response.ok) { status.textContent = response.status + ': ' + await response.text(); return; }
                  show(await response.json());
                  last = url;
                  document.getElementById('download-csv').disabled = false;
                  document.getElementById('download-json').disabled = false;
                  status.textContent = '';
                }
                async function download(type, extension) {
                  const response = await fetch(last, { headers: { 'Accept': type } });
                  const link = document.createElement('a');
                  link.href = URL.createObjectURL(await response.blob());
                  link.download = 'concert-result.' + extension;
                  document.body.appendChild(link);
                  link.click();
                  link.remove();
                }
                document.getElementById('download-csv').addEventListener('click', () => download('text/csv', 'csv'));
                document.getElementById('download-json').addEventListener('click', () => download('application/sparql-results+json', 'json'));
                document.querySelectorAll('button.run').forEach(button => button.addEventListener('click', () => {
                  const params = new URLSearchParams();
                  document.querySelectorAll('input.param').forEach(input => {
                    if (input.dataset.query === button.dataset.query && input.value) { params.append(input.dataset.param, input.value); }
                  });
                  const query = params.toString();
                  run(withDate('concert/queries/' + encodeURIComponent(button.dataset.query) + (query ? '?' + query : '')));
                }));
                document.getElementById('query-form').addEventListener('submit', event => {
                  event.preventDefault();
                  run(withDate('concert/sparql?query=' + encodeURIComponent(document.getElementById('query').value)));
                });
                function chartUrl() {
                  const entity = encodeURIComponent(document.getElementById('chart-entity').value);
                  switch (document.getElementById('chart-kind').value) {
                    case 'members': return 'concert/charts/members.svg?org=' + entity;
                    case 'matrix': return 'concert/charts/matrix.svg?as-of=' + encodeURIComponent(date.value || served);
                    default: return 'concert/charts/timeline/' + entity + '.svg';
                  }
                }
                document.getElementById('draw-chart').addEventListener('click', async () => {
                  const url = chartUrl();
                  document.getElementById('chart-link').href = url;
                  const status = document.getElementById('status');
                  const response = await fetch(url);
                  if (!response.ok) { status.textContent = response.status + ': ' + await response.text(); return; }
                  const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
                  document.getElementById('chart').replaceChildren(document.importNode(svg, true));
                  status.textContent = '';
                });
                </script>
                </body>
                </html>
                """.formatted(STYLE, served, served, otherDates ? "" : " disabled",
                otherDates ? "" : "This endpoint answers only as of " + served + ".", queries, entities, organizations, served);
    }
}
