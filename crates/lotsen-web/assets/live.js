// Lotsen's live updates: when a case on this page changes (a new case in my lists, a new
// owner, a message), the server says so over /ui/live and this script fetches the page
// again and swaps in the parts that changed ([data-live-part]). A part the agent is
// working in (focus inside, an open form) is left as it is until they are done. Without
// this script the page still works; it only needs reloading.
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  if (!root || !window.EventSource || !window.DOMParser) return;
  var caseId = root.getAttribute("data-case-id");
  var status = root.querySelector(".live-status");
  var url = "/ui/live" + (caseId ? "?case=" + encodeURIComponent(caseId) : "");
  var pending = null;
  var busy = false;
  var again = false;

  function inUse(part) {
    var active = document.activeElement;
    if (active && active !== document.body && part.contains(active)) return true;
    if (part.querySelector("details[open]")) return true;
    var fields = part.querySelectorAll("textarea, input[type=text], input:not([type])");
    for (var i = 0; i < fields.length; i++) if (fields[i].value) return true;
    return false;
  }

  function redraw() {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    fetch(location.href, { credentials: "same-origin", headers: { "x-lotsen-live": "1" } })
      .then(function (r) {
        if (!r.ok) throw new Error("status " + r.status);
        return r.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html");
        var changed = false;
        var held = false;
        var parts = document.querySelectorAll("[data-live-part]");
        for (var i = 0; i < parts.length; i++) {
          var part = parts[i];
          var name = part.getAttribute("data-live-part");
          var next = fresh.querySelector('[data-live-part="' + name + '"]');
          if (!next || next.innerHTML === part.innerHTML) continue;
          if (inUse(part)) {
            held = true;
            continue;
          }
          part.replaceWith(document.importNode(next, true));
          changed = true;
        }
        if (changed && status) {
          var now = new Date();
          var hh = String(now.getHours()).padStart(2, "0");
          var mm = String(now.getMinutes()).padStart(2, "0");
          status.textContent = status.getAttribute("data-updated") + " " + hh + ":" + mm;
        }
        // A part held back is tried again when the agent leaves it.
        if (held) document.addEventListener("focusout", schedule, { once: true });
      })
      .catch(function () {})
      .then(function () {
        busy = false;
        if (again) {
          again = false;
          schedule();
        }
      });
  }

  function schedule() {
    clearTimeout(pending);
    pending = setTimeout(redraw, 250);
  }

  var source = new EventSource(url);
  var heard = false;
  source.addEventListener("ready", function () {
    // After a lost connection the stream starts again: what changed meanwhile is redrawn.
    if (heard) schedule();
    heard = true;
    document.body.setAttribute("data-live-ready", "");
  });
  source.addEventListener("case", schedule);
})();
