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
