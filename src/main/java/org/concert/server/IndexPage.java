package org.concert.server;

import org.concert.kb.KnowledgeBase;
import org.concert.query.NamedQueries;
import org.concert.query.NamedQuery;

/**
 * The page at {@code /}: what the endpoint is, the named queries with a button to run each, and a query box.
 * Self-contained (no external scripts or styles), so it works on a machine without internet.
 */
final class IndexPage {

    private IndexPage() {
    }

    static String html(KnowledgeBase kb) {
        StringBuilder rows = new StringBuilder();
        for (NamedQuery q : NamedQueries.all()) {
            rows.append("<tr><td><code>").append(escape(q.name())).append("</code></td><td>")
                    .append(escape(q.question())).append("</td><td><button type=\"button\" class=\"run\" data-query=\"")
                    .append(escape(q.name())).append("\">Run</button></td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Concert SPARQL endpoint</title>
                <style>
                  body { font-family: sans-serif; margin: 2em; max-width: 70em; }
                  table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; }
                  textarea { width: 100%%; font-family: monospace; }
                  #status { color: #a00; }
                </style>
                </head>
                <body>
                <h1>Concert</h1>
                <p>A read-only SPARQL 1.1 endpoint over the Concert knowledge graph of regional inter-state organizations
                (UN Charter Chapter VIII), their functions and their member states over time, reasoned with HermiT as of
                <strong id="as-of">%s</strong>.</p>
                <p>Query endpoint: <code>/concert/sparql</code> (also <code>/concert/query</code>); graphs: <code>/concert/get</code>;
                named queries: <code>/concert/queries/NAME</code>; health: <code>/$/ping</code>.</p>
                <h2>Named queries</h2>
                <table id="named-queries">
                <tr><th>name</th><th>question</th><th></th></tr>
                %s</table>
                <h2>Query</h2>
                <form id="query-form">
                <textarea id="query" name="query" rows="8">PREFIX concert: &lt;https://w3id.org/concert/ontology#&gt;
                SELECT ?acronym WHERE { ?o a concert:CollectiveSecurityProvider ; concert:acronym ?acronym } ORDER BY ?acronym</textarea>
                <p><button type="submit" id="run-query">Run query</button></p>
                </form>
                <h2>Results</h2>
                <p id="status"></p>
                <table id="results"></table>
                <script>
                function show(json) {
                  const table = document.getElementById('results');
                  table.innerHTML = '';
                  if (json.boolean !== undefined) { table.innerHTML = '<tr><td>' + json.boolean + '</td></tr>'; return; }
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
                async function run(url, init) {
                  const status = document.getElementById('status');
                  status.textContent = 'running...';
                  const response = await fetch(url, Object.assign({ headers: { 'Accept': 'application/sparql-results+json' } }, init));
                  if (!response.ok) { status.textContent = response.status + ': ' + await response.text(); return; }
                  show(await response.json());
                  status.textContent = '';
                }
                document.querySelectorAll('button.run').forEach(button => button.addEventListener('click',
                  () => run('concert/queries/' + button.dataset.query)));
                document.getElementById('query-form').addEventListener('submit', event => {
                  event.preventDefault();
                  run('concert/sparql', { method: 'POST', body: new URLSearchParams({ query: document.getElementById('query').value }),
                    headers: { 'Accept': 'application/sparql-results+json', 'Content-Type': 'application/x-www-form-urlencoded' } });
                });
                </script>
                </body>
                </html>
                """.formatted(kb.asOf(), rows);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
