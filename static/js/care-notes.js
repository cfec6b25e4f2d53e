// Content notes while writing: suggests notes for what the text mentions, from a small phrase
// set (forum/notes.py patterns, served with the nudge rules at /nudge-rules.json) and, for
// signed-in writers, from the server's crisis detector (POST /notes/suggest/ a moment after
// typing stops; the detector itself never comes to the browser). The writer decides: nothing
// is ticked for them. Without this file the notes can still be chosen by hand, and the server
// names its suggestions when the form comes back.
"use strict";

(function () {
  var ASK_SERVER_AFTER_MS = 1500;

  function setUp(form, data) {
    var body = form.querySelector("textarea[name=body]");
    var boxes = form.querySelectorAll("input[data-content-notes]");
    if (!body || !boxes.length) return;
    var labels = {};
    data.notes.forEach(function (n) { labels[n.code] = n.label; });
    var rules = data.suggestions.map(function (s) { return { code: s.code, re: new RegExp(s.pattern, "i") }; });
    var fieldset = boxes[0].closest("fieldset") || boxes[0].parentNode;
    var hint = document.createElement("p");
    hint.className = "note-suggestion help";
    hint.setAttribute("role", "status");
    hint.setAttribute("data-note-suggestion", "");
    fieldset.insertBefore(hint, fieldset.querySelector("div, ul") || null);
    var suggestUrl = form.getAttribute("data-note-suggest-url");
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    var serverCodes = [];
    var askedFor = null;
    var timer = null;
    var serverTimer = null;

    function unticked(code) {
      var box = form.querySelector("input[data-content-notes][value='" + code + "']");
      return box && !box.checked;
    }

    function update() {
      var text = body.value.replace(/\u2019/g, "'");
      var wanted = data.notes.map(function (n) { return n.code; }).filter(function (code) {
        var byPhrase = rules.some(function (r) { return r.code === code && r.re.test(text); });
        return unticked(code) && (byPhrase || serverCodes.indexOf(code) !== -1);
      }).map(function (code) { return labels[code]; });
      hint.textContent = wanted.length
        ? "This post might need a note: " + wanted.join(", ") + ". Tick it below if you agree."
        : "";
    }

    function askServer() {
      var text = body.value;
      if (!suggestUrl || !token || text === askedFor) return;
      askedFor = text;
      if (text.trim().length < 12) { serverCodes = []; update(); return; }
      var payload = new FormData();
      payload.append("csrfmiddlewaretoken", token.value);
      payload.append("body", text);
      fetch(suggestUrl, { method: "POST", body: payload, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (answer) {
          if (!answer || body.value !== text) return;
          serverCodes = answer.notes.map(function (n) { return n.code; });
          update();
        })
        .catch(function () { /* the phrase suggestions still show */ });
    }

    body.addEventListener("input", function () {
      window.clearTimeout(timer);
      window.clearTimeout(serverTimer);
      timer = window.setTimeout(update, 700);
      serverTimer = window.setTimeout(askServer, ASK_SERVER_AFTER_MS);
    });
    Array.prototype.forEach.call(boxes, function (box) { box.addEventListener("change", update); });
    update();
    if (body.value.trim()) askServer();
  }

  function start() {
    var forms = document.querySelectorAll("form[data-nudge-rules]");
    if (!forms.length || !window.fetch) return;
    fetch(forms[0].getAttribute("data-nudge-rules"), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data || !data.suggestions) return;
        Array.prototype.forEach.call(forms, function (form) { setUp(form, data); });
      })
      .catch(function () { /* notes can still be chosen by hand */ });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}());
