/* Lotsen chat widget: one script tag, no framework.
   <script src="https://lotsen.example.se/widget.js" async></script>
   The visitor's id is kept in this browser (localStorage), so a visitor who comes back
   later lands in the same case. Lines are sent over WebSocket to /chat/ws. */
(function () {
  "use strict";
  if (window.__lotsenChat) return;
  window.__lotsenChat = true;
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : location.origin;
  var wsUrl = origin.replace(/^http/, "ws") + "/chat/ws";
  var KEY = "lotsen-visitor";
  var visitor = null;
  try { visitor = localStorage.getItem(KEY); } catch (e) { visitor = null; }

  var css = "#lotsen-chat{position:fixed;right:16px;bottom:16px;z-index:2147483000;font:15px/1.4 system-ui,sans-serif}" +
    "#lotsen-chat button{font:inherit;cursor:pointer;border-radius:6px;border:0;padding:10px 14px}" +
    "#lotsen-open{background:#0b4f8a;color:#fff}" +
    "#lotsen-panel{display:none;flex-direction:column;width:320px;max-width:calc(100vw - 32px);height:440px;max-height:calc(100vh - 32px);background:#fff;color:#1a1a1a;border:1px solid #767676;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25)}" +
    "#lotsen-panel[data-open=true]{display:flex}" +
    "#lotsen-head{display:flex;justify-content:space-between;align-items:center;padding:8px 12px;background:#0b4f8a;color:#fff;border-radius:8px 8px 0 0}" +
    "#lotsen-head button{background:transparent;color:#fff;padding:4px 8px}" +
    "#lotsen-log{flex:1;overflow-y:auto;padding:8px 12px;margin:0;list-style:none}" +
    "#lotsen-log p{margin:6px 0;padding:6px 10px;border-radius:6px;max-width:85%;white-space:pre-wrap;word-wrap:break-word}" +
    "#lotsen-log p.visitor{background:#e3eefa;margin-left:auto}" +
    "#lotsen-log p.agent{background:#f1f1f1}" +
    "#lotsen-notice{margin:0;padding:8px 12px;background:#fff4ce;color:#1a1a1a;border-bottom:1px solid #ccc;font-size:14px}" +
    ".lotsen-who{position:absolute;left:-9999px}" +
    "#lotsen-typing{min-height:1.4em;padding:0 12px;color:#555;font-size:13px}" +
    "#lotsen-form{display:flex;gap:6px;padding:8px;border-top:1px solid #ccc}" +
    "#lotsen-form textarea{flex:1;resize:none;font:inherit;padding:6px;border:1px solid #767676;border-radius:4px}" +
    "#lotsen-send{background:#0b4f8a;color:#fff}" +
    "#lotsen-manager{margin:0 8px 8px;background:#f1f1f1;color:#1a1a1a}" +
    "#lotsen-help{margin:0 8px;padding:6px 8px;background:#f4f8fc;border:1px solid #b9c0c8;border-radius:4px;font-size:14px}" +
    "#lotsen-help p{margin:0 0 4px}#lotsen-help ul{margin:0;padding-left:18px}" +
    "#lotsen-chat a{color:#0b4f8a}#lotsen-faq{display:block;margin:0 8px 8px;font-size:14px}";
  var style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);

  var root = document.createElement("div");
  root.id = "lotsen-chat";
  root.innerHTML =
    '<button id="lotsen-open" type="button" aria-expanded="false" aria-controls="lotsen-panel">Chatta med oss</button>' +
    '<section id="lotsen-panel" role="dialog" aria-label="Chatt med kundtjänst" data-open="false">' +
    '<div id="lotsen-head"><strong>Kundtjänst</strong><button type="button" id="lotsen-close" aria-label="Stäng chatten">✕</button></div>' +
    '<p id="lotsen-notice" role="status" hidden></p>' +
    '<div id="lotsen-log" role="log" aria-live="polite" aria-label="Samtalet"></div>' +
    '<div id="lotsen-typing" aria-live="polite"></div>' +
    '<div id="lotsen-help" aria-live="polite" hidden><p>Kanske finns svaret här:</p><ul></ul></div>' +
    '<form id="lotsen-form"><label for="lotsen-text" style="position:absolute;left:-9999px">Ditt meddelande</label>' +
    '<textarea id="lotsen-text" rows="2" placeholder="Skriv ditt meddelande"></textarea>' +
    '<button id="lotsen-send" type="submit">Skicka</button></form>' +
    '<button id="lotsen-manager" type="button">Be att få prata med en chef</button>' +
    '<a id="lotsen-faq" target="_blank" rel="noopener">Vanliga frågor</a>' +
    "</section>";
  document.body.appendChild(root);
  var panel = root.querySelector("#lotsen-panel");
  var openButton = root.querySelector("#lotsen-open");
  var log = root.querySelector("#lotsen-log");
  var typing = root.querySelector("#lotsen-typing");
  var notice = root.querySelector("#lotsen-notice");
  var input = root.querySelector("#lotsen-text");
  var help = root.querySelector("#lotsen-help");
  root.querySelector("#lotsen-faq").href = origin + "/faq";
  var seen = {};
  var socket = null;
  var retry = 1000;
  var pending = [];

  function show(open) {
    panel.setAttribute("data-open", open ? "true" : "false");
    openButton.setAttribute("aria-expanded", open ? "true" : "false");
    openButton.style.display = open ? "none" : "";
    if (open) { input.focus(); connect(); } else { openButton.focus(); }
  }
  function add(from, id, text) {
    if (id && seen[id]) return;
    if (id) seen[id] = true;
    var line = document.createElement("p");
    line.className = from;
    var who = document.createElement("span");
    who.className = "lotsen-who";
    who.textContent = from === "visitor" ? "Du: " : "Kundtjänst: ";
    line.appendChild(who);
    line.appendChild(document.createTextNode(text));
    log.appendChild(line);
    log.scrollTop = log.scrollHeight;
  }
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }
  function sendFrame(frame) {
    if (socket && socket.readyState === 1) { socket.send(JSON.stringify(frame)); return true; }
    return false;
  }
  function connect() {
    if (socket && socket.readyState <= 1) return;
    socket = new WebSocket(wsUrl);
    socket.onopen = function () {
      retry = 1000;
      socket.send(JSON.stringify({ type: "hello", visitor: visitor }));
    };
    socket.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.type === "welcome") {
        visitor = frame.visitor;
        try { localStorage.setItem(KEY, visitor); } catch (e) { /* private mode */ }
        // The transcript that follows is the conversation: drawn again from it.
        log.innerHTML = ""; seen = {};
        // Closed now: say when we open, before the visitor writes (they still can).
        // An ongoing incident is said first: the visitor need not write to hear of it.
        var said = (frame.incidents || []).concat(frame.closed_notice ? [frame.closed_notice] : []);
        notice.textContent = said.join(" ");
        notice.hidden = said.length === 0;
        var queued = pending; pending = [];
        queued.forEach(function (f) { add("visitor", null, f.text); sendFrame(f); });
      } else if (frame.type === "line") {
        typing.textContent = "";
        add(frame.from === "visitor" ? "visitor" : "agent", frame.id, frame.text);
      } else if (frame.type === "typing") {
        typing.textContent = "Kundtjänst skriver …";
        setTimeout(function () { typing.textContent = ""; }, 4000);
      }
    };
    socket.onclose = function () {
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30000);
    };
  }
  // Before the visitor's first line: the public articles their words find.
  var asked = false, helpTimer = null, helpFor = "";
  function suggest() {
    var text = input.value.trim();
    if (asked || text.length < 12 || text === helpFor || !window.fetch) return;
    helpFor = text;
    fetch(origin + "/api/v1/public/articles?q=" + encodeURIComponent(text))
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (found) {
        if (asked || helpFor !== text) return;
        var list = help.querySelector("ul");
        list.textContent = "";
        found.slice(0, 3).forEach(function (a) {
          var li = document.createElement("li");
          var link = document.createElement("a");
          link.href = origin + a.url; link.target = "_blank"; link.rel = "noopener";
          link.textContent = a.title;
          li.appendChild(link); list.appendChild(li);
        });
        help.hidden = list.children.length === 0;
      })
      .catch(function () { help.hidden = true; });
  }
  function say(text) {
    text = text.trim();
    if (!text) return;
    asked = true;
    help.hidden = true;
    var id = newId();
    add("visitor", null, text);
    var frame = { type: "message", id: id, text: text };
    if (!sendFrame(frame)) { log.removeChild(log.lastChild); pending.push(frame); connect(); }
  }
  var lastTyping = 0;
  input.addEventListener("input", function () {
    var now = Date.now();
    if (now - lastTyping > 3000) { lastTyping = now; sendFrame({ type: "typing" }); }
    clearTimeout(helpTimer); helpTimer = setTimeout(suggest, 400);
  });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); say(input.value); input.value = ""; }
  });
  root.querySelector("#lotsen-form").addEventListener("submit", function (e) {
    e.preventDefault(); say(input.value); input.value = "";
  });
  root.querySelector("#lotsen-manager").addEventListener("click", function () {
    say("Jag vill prata med en chef.");
  });
  openButton.addEventListener("click", function () { show(true); });
  root.querySelector("#lotsen-close").addEventListener("click", function () { show(false); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") show(false); });
})();
