// Content notes while writing: suggests notes (forum/notes.py patterns, served with the nudge
// rules at /nudge-rules.json) for what the text mentions. The writer decides: nothing is ticked
// for them. Without this file the notes can still be chosen by hand.
"use strict";

(function () {
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
    var timer = null;

    function update() {
      var text = body.value.replace(/\u2019/g, "'");
      var wanted = rules.filter(function (r) {
        var box = form.querySelector("input[data-content-notes][value='" + r.code + "']");
        return box && !box.checked && r.re.test(text);
      }).map(function (r) { return labels[r.code]; });
      hint.textContent = wanted.length
        ? "This post might need a note: " + wanted.join(", ") + ". Tick it below if you agree."
        : "";
    }

    body.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 700);
    });
    Array.prototype.forEach.call(boxes, function (box) { box.addEventListener("change", update); });
    update();
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
