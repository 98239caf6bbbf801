// The query page: runs the editor's query against the endpoint and shows the answer.
// Every value from the server is put in the page with textContent, never as HTML.
"use strict";
(function () {
  const config = JSON.parse(document.getElementById("config").textContent);
  const form = document.getElementById("query-form");
  const editor = document.getElementById("query");
  const examples = document.getElementById("example");
  const runButton = document.getElementById("run");
  const status = document.getElementById("status");
  const errorBox = document.getElementById("error");
  const notice = document.getElementById("notice");
  const results = document.getElementById("results");
  const ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";

  examples.addEventListener("change", function () {
    const example = config.examples[Number(examples.value)];
    if (example) editor.value = example.query;
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    runQuery();
  });
  editor.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      runQuery();
    }
  });

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function clear() {
    errorBox.hidden = true;
    errorBox.replaceChildren();
    notice.hidden = true;
    notice.textContent = "";
    results.replaceChildren();
  }

  function showError(title, message) {
    errorBox.replaceChildren(element("strong", title), element("pre", message));
    errorBox.hidden = false;
  }

  function compact(iri) {
    for (const [prefix, namespace] of Object.entries(config.prefixes)) {
      if (iri.startsWith(namespace)) {
        const local = iri.slice(namespace.length);
        if (/^[\w.\-\/]*$/.test(local)) return prefix + ":" + local;
      }
    }
    return "<" + iri + ">";
  }

  function termText(term) {
    if (term.type === "uri") return compact(term.value);
    if (term.type === "bnode") return "_:" + term.value;
    if (term.type === "triple") {
      const t = term.value;
      return "<< " + termText(t.subject) + " " + termText(t.predicate) + " " + termText(t.object) + " >>";
    }
    return term.value;
  }

  function cell(term) {
    const td = element("td");
    if (!term) return td;
    td.className = term.type;
    td.append(document.createTextNode(termText(term)));
    if (term.type === "uri") td.title = term.value;
    if (term["xml:lang"]) td.append(element("span", "@" + term["xml:lang"], "lang"));
    if (term.datatype) td.title = term.datatype;
    return td;
  }

  function showTable(data) {
    const names = data.head.vars;
    const table = element("table");
    const head = element("tr");
    for (const name of names) head.append(element("th", "?" + name));
    table.append(element("thead"));
    table.tHead.append(head);
    const body = element("tbody");
    for (const binding of data.results.bindings) {
      const row = element("tr");
      for (const name of names) row.append(cell(binding[name]));
      body.append(row);
    }
    table.append(body);
    results.replaceChildren(table);
    const count = data.results.bindings.length;
    return count + (count === 1 ? " row" : " rows");
  }

  function showBoolean(value) {
    results.replaceChildren(element("div", value ? "true" : "false", "boolean"));
    return "answer " + value;
  }

  function showText(text) {
    results.replaceChildren(element("pre", text, "graph"));
    return text.split("\n").filter(function (line) { return line.trim(); }).length + " lines";
  }

  async function runQuery() {
    clear();
    runButton.disabled = true;
    status.textContent = "Running…";
    const started = performance.now();
    try {
      const response = await fetch(config.endpoint, {
        method: "POST",
        headers: {"Content-Type": "application/x-www-form-urlencoded;charset=UTF-8", "Accept": ACCEPT},
        body: new URLSearchParams({query: editor.value}),
      });
      const text = await response.text();
      const took = Math.round(performance.now() - started) + " ms";
      if (!response.ok) {
        showError("Error " + response.status + " " + response.statusText, text);
        status.textContent = "failed after " + took;
        return;
      }
      const type = (response.headers.get("Content-Type") || "").split(";")[0].trim();
      let summary;
      if (type === "application/sparql-results+json") {
        const data = JSON.parse(text);
        summary = "boolean" in data ? showBoolean(data.boolean) : showTable(data);
      } else {
        summary = showText(text);
      }
      if (response.headers.get("X-Diplograph-Truncated") === "true") {
        const limit = response.headers.get("X-Diplograph-Max-Results");
        notice.textContent = "Truncated: the endpoint returns at most " + limit +
          " results per query. Add LIMIT/OFFSET to page through the rest.";
        notice.hidden = false;
      }
      status.textContent = summary + " in " + took;
    } catch (error) {
      showError("The request failed", String(error));
      status.textContent = "";
    } finally {
      runButton.disabled = false;
    }
  }
})();
