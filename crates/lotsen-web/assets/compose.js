// The composer on a case page: reply-lint hints as the agent types, a saved reply
// inserted with the customer's first name filled in, the signature preview of the
// channel chosen, and the chat visitor told (at most every three seconds) that the
// agent is typing. Without this script the forms work as they are.
(function () {
  'use strict';
  var form = document.querySelector('form.reply');
  if (!form) return;
  var body = form.querySelector('textarea[name=body]');
  var channel = form.querySelector('select[name=channel]');
  var visibility = form.querySelector('select[name=visibility]');
  var hints = document.querySelector('.lint-hints');
  var csrf = form.querySelector('input[name=csrf]').value;
  var timer = null;
  var asked = 0;
  var lastTyping = 0;

  function fields() {
    var p = new URLSearchParams();
    p.set('csrf', csrf);
    p.set('body', body.value);
    if (channel) p.set('channel', channel.value);
    if (visibility) p.set('visibility', visibility.value);
    return p;
  }

  function show(list) {
    var items = list.map(function (h) {
      var li = document.createElement('li');
      li.className = 'hint hint-' + h.code;
      li.textContent = h.message;
      return li;
    });
    hints.replaceChildren.apply(hints, items);
    hints.hidden = items.length === 0;
  }

  function lint() {
    var mine = ++asked;
    if (!body.value.trim()) { show([]); return; }
    fetch(form.dataset.lint, { method: 'POST', body: fields(), credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data && mine === asked) show(data.hints); })
      .catch(function () {});
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(lint, 300);
  }

  function typing() {
    if (!form.dataset.typing) return;
    var now = Date.now();
    if (now - lastTyping < 3000) return;
    lastTyping = now;
    var p = new URLSearchParams();
    p.set('csrf', csrf);
    fetch(form.dataset.typing, { method: 'POST', body: p, credentials: 'same-origin' })
      .catch(function () {});
  }

  function showSigning() {
    document.querySelectorAll('.signing [data-channel]').forEach(function (el) {
      el.hidden = !!channel && el.dataset.channel !== channel.value;
    });
    if (visibility) {
      var social = channel && channel.selectedOptions[0] &&
        channel.selectedOptions[0].dataset.social === 'yes';
      visibility.closest('.visibility').hidden = !social;
      if (!social) visibility.value = 'private';
    }
  }

  body.addEventListener('input', function () { soon(); typing(); });
  if (channel) channel.addEventListener('change', function () { showSigning(); soon(); });
  if (visibility) visibility.addEventListener('change', soon);
  document.querySelectorAll('[data-insert]').forEach(function (button) {
    button.addEventListener('click', function () {
      var text = button.dataset.insert;
      body.value = body.value.trim() ? body.value.replace(/\s*$/, '\n\n') + text : text;
      body.focus();
      soon();
    });
  });
  showSigning();
})();
