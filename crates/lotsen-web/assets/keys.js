// Lotsen's keyboard shortcuts (never while typing in a field): j and k move between the
// cases of the inbox, Enter opens the chosen one; on a case, r goes to the reply, n to
// the internal note, h opens the handoff dialog, e the escalation, l resolving; i goes
// to the inbox from anywhere; ? shows the list. Everything they do can also be done
// with Tab and Enter.
(function () {
  "use strict";
  var help = document.getElementById("shortcuts");

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("tr.case a"));
  }

  function move(step) {
    var links = rows();
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
    links[next].focus();
    links[next].closest("tr").scrollIntoView({ block: "nearest" });
  }

  function open(id, field) {
    var details = document.getElementById(id);
    if (!details) return;
    details.open = true;
    var first = details.querySelector(field || "select, textarea");
    if (first) first.focus();
  }

  function focus(id) {
    var el = document.getElementById(id);
    if (el) {
      el.focus();
      el.scrollIntoView({ block: "center" });
    }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var done = true;
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "r": focus("reply-body"); break;
      case "n": focus("note-body"); break;
      case "h": open("hand-off"); break;
      case "e": open("escalate"); break;
      case "l": open("resolve", "textarea"); break;
      case "i": location.href = "/inbox"; break;
      case "?": if (help) { help.hidden = !help.hidden; } break;
      default: done = false;
    }
    if (done) event.preventDefault();
  });
})();
