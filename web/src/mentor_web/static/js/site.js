// Progressive enhancement only: every page works without this file.
// 1. Live character counters under the text fields that have a limit (textarea[data-counter]).
// 2. After a refused form, the error summary takes the focus so screen readers announce it.
// 3. The live unread-notifications badge in the header (EventSource).
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

  // 3. The header's unread badge, live: this site's own event stream (the web process relays the notifications
  //    service's stream for the signed-in person; the browser holds no token). Each `unread` event is the count.
  function liveUnreadBadge() {
    var badge = document.getElementById("unread-badge");
    if (!badge || !window.EventSource) return;
    var source = new EventSource(badge.getAttribute("data-stream"));
    source.addEventListener("unread", function (event) {
      var count = parseInt(event.data, 10) || 0;
      badge.textContent = count > 0 ? String(count) : "";
      badge.classList.toggle("has-unread", count > 0);
      badge.setAttribute("data-count", String(count));
      if (count > 0) badge.setAttribute("title", badge.getAttribute("data-template").replace("{count}", count));
      else badge.removeAttribute("title");
    });
    window.addEventListener("pagehide", function () { source.close(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    enhance(document);
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
    liveUnreadBadge();
  });
  document.addEventListener("htmx:afterSwap", function (event) { enhance(event.target); });
})();
