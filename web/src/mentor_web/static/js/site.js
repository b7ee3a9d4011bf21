// Progressive enhancement only: every page works without this file.
// 1. Live character counters under the text fields that have a limit (textarea[data-counter]).
// 2. After a refused form, the error summary takes the focus so screen readers announce it.
(function () {
  "use strict";

  function updateCounter(field) {
    var counter = document.getElementById(field.getAttribute("data-counter"));
    if (!counter) return;
    var limit = parseInt(counter.getAttribute("data-limit"), 10);
    var used = Array.from(field.value).length;  // code points, as the API counts
    counter.textContent = counter.getAttribute("data-template").replace("{used}", used).replace("{limit}", limit);
    counter.classList.toggle("near-limit", used >= limit * 0.9);
  }

  function enhance(root) {
    root.querySelectorAll("textarea[data-counter]").forEach(function (field) {
      updateCounter(field);
      field.addEventListener("input", function () { updateCounter(field); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhance(document);
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  });
  document.addEventListener("htmx:afterSwap", function (event) { enhance(event.target); });
})();
