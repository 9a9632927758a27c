// Client-side search over data/search.json: no server, nothing from another origin.
(function () {
  "use strict";
  var input = document.getElementById("q");
  if (!input) return;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var root = input.getAttribute("data-index").replace(/data\/search\.json$/, "");
  var docs = null;

  function words(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function show(query) {
    var terms = words(query);
    list.textContent = "";
    if (!terms.length) { status.textContent = "Type a name, a number or a word."; return; }
    var hits = docs.filter(function (d) {
      var hay = d.words || (d.words = words(d.title + " " + d.source + " " + d.text).join(" "));
      return terms.every(function (t) { return hay.indexOf(t) !== -1; });
    });
    status.textContent = hits.length + (hits.length === 1 ? " result" : " results") + " for “" + query + "”.";
    hits.slice(0, 50).forEach(function (d) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = root + d.href;
      a.textContent = d.title;
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = d.kind + " · " + d.source;
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
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
