// Lotsen's live updates: when a case on this page changes (a new case in my lists, a new
// owner, a message), the server says so over /ui/live and this script fetches the page
// again and swaps in the parts that changed ([data-live-part]). A part the agent is
// working in (focus inside, an open form) is left as it is until they are done. Without
// this script the page still works; it only needs reloading. A timeline
// ([data-live-append]) only grows: newer entries are added at its end, and "show
// earlier" ([data-earlier]) fetches the part before the first entry into its start.
// On a chat case, the visitor's typing is said under the composer while it lasts.
(function () {
  "use strict";
  var root = document.querySelector("[data-live]");
  if (!root || !window.EventSource || !window.DOMParser) return;

  function parse(html) {
    return new DOMParser().parseFromString(html, "text/html");
  }

  function lastVersion(list) {
    var items = list.querySelectorAll("li[data-version]");
    return items.length ? Number(items[items.length - 1].getAttribute("data-version")) : 0;
  }

  // Adds the fresh timeline's entries newer than the ones shown; true if any.
  function append(list, freshList) {
    var last = lastVersion(list);
    var added = false;
    var items = freshList.querySelectorAll("li[data-version]");
    for (var i = 0; i < items.length; i++) {
      if (Number(items[i].getAttribute("data-version")) > last) {
        list.appendChild(document.importNode(items[i], true));
        added = true;
      }
    }
    return added;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-earlier]");
    if (!link) return;
    event.preventDefault();
    var holder = link.parentNode;
    fetch(link.href, { credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) throw new Error("status " + r.status);
        return r.text();
      })
      .then(function (html) {
        var fresh = parse(html);
        var list = document.querySelector("ol[data-live-append]");
        var items = fresh.querySelectorAll("ol[data-live-append] > li");
        var first = list.firstElementChild;
        for (var i = 0; i < items.length; i++) {
          list.insertBefore(document.importNode(items[i], true), first);
        }
        var next = fresh.querySelector("a[data-earlier]");
        if (next) link.href = next.href;
        else holder.remove();
        if (first) first.setAttribute("tabindex", "-1");
      })
      .catch(function () {
        location.href = link.href;
      });
  });
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
        var fresh = parse(html);
        var changed = false;
        var held = false;
        var parts = document.querySelectorAll("[data-live-part]");
        for (var i = 0; i < parts.length; i++) {
          var part = parts[i];
          var name = part.getAttribute("data-live-part");
          var next = fresh.querySelector('[data-live-part="' + name + '"]');
          if (!next || next.innerHTML === part.innerHTML) continue;
          var list = part.querySelector("ol[data-live-append]");
          var freshList = next.querySelector("ol[data-live-append]");
          if (list && freshList) {
            if (append(list, freshList)) changed = true;
            continue;
          }
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
  // A chat visitor types on this case: said for a few seconds under the composer.
  var typing = document.querySelector(".typing-status");
  var typingTimer = null;
  source.addEventListener("typing", function () {
    if (!typing) return;
    typing.textContent = typing.getAttribute("data-text");
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { typing.textContent = ""; }, 4000);
  });
})();
