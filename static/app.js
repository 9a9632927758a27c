// Choosing a claim highlights the claims aligned with it in every column and
// scrolls them into view. Without JavaScript each claim still links to its facet.
(function () {
  "use strict";
  function highlight(facet, origin) {
    document.querySelectorAll(".is-active").forEach(function (el) { el.classList.remove("is-active"); });
    if (!facet) return;
    var seen = {};
    document.querySelectorAll('[data-facet="' + CSS.escape(facet) + '"]').forEach(function (el) {
      el.classList.add("is-active");
      var column = el.closest(".column");
      if (column && el !== origin && !seen[column.getAttribute("aria-label")]) {
        seen[column.getAttribute("aria-label")] = true;
        el.scrollIntoView({ block: "nearest", inline: "nearest" });
      }
    });
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest("a.claim, a.cell-claim");
    if (!target || !target.closest(".story")) return;
    if (target.closest(".column")) event.preventDefault();  // stay in the text; the grid link is the no-JS path
    highlight(target.getAttribute("data-facet"), target);
  });
})();

// Following a claim from the grid into the text of its article is a long way down on a phone:
// offer the way back to the row it came from. A link into a folded section opens it.
(function () {
  "use strict";
  var back = null;
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    var fold = el && el.closest("details");
    if (fold && !fold.open) { fold.open = true; el.scrollIntoView(); }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
  document.addEventListener("click", function (event) {
    var cell = event.target.closest("a.cell-claim");
    if (back && event.target === back) { back.remove(); back = null; return; }
    if (!cell) return;
    var row = cell.closest("tr");
    if (!row || !row.id) return;
    if (!back) {
      back = document.createElement("a");
      back.className = "back-to-grid";
      document.body.appendChild(back);
    }
    back.href = "#" + row.id;
    back.textContent = "↑ Back to the grid";
  });
})();
