// Client-side search over data/search.json: no server, nothing from another origin.
// Results are grouped by story; each shows the sentence that matches, the match marked.
(function () {
  "use strict";
  var input = document.getElementById("q");
  if (!input) return;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var root = input.getAttribute("data-index").replace(/data\/search\.json$/, "");
  var docs = null;
  var KINDS = { agree: "✓ agree", compatible: "≈ compatible", framing: "◐ worded differently",
                conflict: "✗ conflict", single: "○ one source only" };

  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }
  function sentences(d) {
    if (d.sentences) return d.sentences;
    return d.text.split(/\n+|(?<=[.!?…][”’"]?)\s+(?=[“"‘A-Z0-9])/u).filter(Boolean);
  }
  function snippet(d, terms) {
    var best = null, bestScore = 0;
    sentences(d).concat([d.title]).forEach(function (s) {
      var hay = words(s).join(" ");
      var score = terms.filter(function (t) { return hay.indexOf(t) !== -1; }).length;
      if (score > bestScore) { best = s; bestScore = score; }
    });
    return best || d.title;
  }
  function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function marked(text, terms) {
    // Cut a long sentence around its first match; then mark every match (as text nodes, never HTML).
    var re = new RegExp(terms.map(escapeRe).join("|"), "giu");
    var folded = fold(text);
    var first = folded.search(re);
    if (text.length > 240 && first > 100) text = "…" + text.slice(first - 80);
    if (text.length > 240) text = text.slice(0, 240) + "…";
    folded = fold(text);
    var p = document.createElement("p");
    p.className = "snippet";
    var at = 0, m;
    re.lastIndex = 0;
    while ((m = re.exec(folded)) !== null) {
      if (!m[0].length) { re.lastIndex++; continue; }
      p.appendChild(document.createTextNode(text.slice(at, m.index)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m.index, m.index + m[0].length);
      p.appendChild(mark);
      at = m.index + m[0].length;
    }
    p.appendChild(document.createTextNode(text.slice(at)));
    return p;
  }

  function show(query) {
    var terms = words(query);
    list.textContent = "";
    if (!terms.length) { status.textContent = "Type a name, a number or a word."; return; }
    var hits = docs.filter(function (d) {
      var hay = d.words || (d.words = words(d.title + " " + d.source + " " + d.text + " " + (d.sentences || []).join(" ")).join(" "));
      return terms.every(function (t) { return hay.indexOf(t) !== -1; });
    });
    // A fact whose own words match comes before one that only shares the sentence.
    hits.forEach(function (d) {
      var own = words(d.title + " " + d.text).join(" ");
      d.rank = terms.every(function (t) { return own.indexOf(t) !== -1; }) ? 0 : 1;
    });
    hits.sort(function (a, b) { return a.rank - b.rank; });
    status.textContent = hits.length + (hits.length === 1 ? " result" : " results") + " for “" + query + "”.";
    var groups = {}, order = [];
    hits.slice(0, 100).forEach(function (d) {
      var key = d.story_href || "";
      if (!groups[key]) { groups[key] = []; order.push(key); }
      groups[key].push(d);
    });
    order.forEach(function (key) {
      var group = document.createElement("li");
      group.className = "result-group";
      var head = document.createElement("h2");
      var story = document.createElement("a");
      story.href = root + key;
      story.textContent = groups[key][0].story || "Story";
      head.appendChild(story);
      group.appendChild(head);
      var inner = document.createElement("ol");
      groups[key].forEach(function (d) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = root + d.href;
        a.textContent = d.title;
        var meta = document.createElement("p");
        meta.className = "meta";
        meta.textContent = (d.kind === "article" ? "Article" : "Claim · " + (KINDS[d.kind] || d.kind)) + " · " + d.source;
        li.appendChild(a);
        li.appendChild(meta);
        li.appendChild(marked(snippet(d, terms), terms));
        inner.appendChild(li);
      });
      group.appendChild(inner);
      list.appendChild(group);
    });
  }

  fetch(root + "data/search.json").then(function (r) { return r.json(); }).then(function (data) {
    docs = data.docs;
    var q = new URLSearchParams(location.search).get("q") || "";
    input.value = q;
    show(q);
    input.addEventListener("input", function () { show(input.value); });
  }).catch(function () {
    status.textContent = "Search needs the site to be served over http (it cannot read files from file://).";
  });
})();
