// Dev server only: show the last build error as a banner until the next good build.
(function () {
  "use strict";
  fetch("/__coverage_site_error__.txt", { cache: "no-store" }).then(function (r) {
    if (!r.ok) return null;
    return r.text();
  }).then(function (text) {
    if (!text) return;
    var banner = document.createElement("pre");
    banner.className = "build-error";
    banner.setAttribute("role", "alert");
    banner.textContent = "Build failed — showing the last good site.\n" + text;
    document.body.insertBefore(banner, document.body.firstChild);
  }).catch(function () {});
})();
