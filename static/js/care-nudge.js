// "Experience, not instructions": while a member writes, a calm reminder of rule 2 appears when
// the text tells someone else what to take or do with their medication. The rules come from the
// server (forum/nudge.py, /forum/nudge-rules.json) so browser and server judge alike. Once the
// reminder has been seen, sending the form posts as it is (post_anyway=1); moderators then see it
// in the queue at low priority. Without this file the server shows the same reminder on submit.
// Whether the reminder was seen or dismissed is kept on the form (data-nudge-seen,
// data-nudge-dismissed) so the chat composer (realtime-chat.js), which sends over the socket,
// can read it and clear it after each message.
"use strict";

(function () {
  var APOSTROPHES = /[\u2018\u2019\u02bc`]/g;

  function compile(data) {
    return {
      rules: data.rules.map(function (r) { return { code: r.code, re: new RegExp(r.pattern, "i") }; }),
      reported: new RegExp(data.reported, "i"),
      reminder: data.reminder
    };
  }

  function sentences(text) {
    var own = text.replace(APOSTROPHES, "'").split("\n").filter(function (line) {
      return line.replace(/^\s+/, "").charAt(0) !== ">";
    }).join("\n");
    return own.replace(/([.!?])\s+/g, "$1\n").split(/\n+/).map(function (s) { return s.trim(); }).filter(Boolean);
  }

  // Mirrors forum.nudge.check_sentence: questions and reported speech are left alone.
  function check(rules, text) {
    var list = sentences(text);
    for (var i = 0; i < list.length; i++) {
      var sentence = list[i];
      if (/\?\s*$/.test(sentence)) continue;
      for (var j = 0; j < rules.rules.length; j++) {
        var found = rules.rules[j].re.exec(sentence);
        if (!found) continue;
        if (!rules.reported.test(sentence.slice(0, found.index))) return found[0].trim();
        break;
      }
    }
    return null;
  }

  function setUp(form, rules) {
    var body = form.querySelector("textarea[name=body]");
    var box = form.querySelector("[data-nudge]");
    if (!body || !box) return;
    var text = box.querySelector("[data-nudge-text]");
    var timer = null;

    function update() {
      var evidence = check(rules, body.value);
      if (evidence && !form.hasAttribute("data-nudge-dismissed")) {
        text.textContent = rules.reminder + " (It came up for: \u201c" + evidence + "\u201d.)";
        box.hidden = false;
        form.setAttribute("data-nudge-seen", "");
      } else if (!evidence) {
        box.hidden = true;
      }
    }

    body.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(update, 700);
    });
    box.querySelector("[data-nudge-dismiss]").addEventListener("click", function () {
      form.setAttribute("data-nudge-dismissed", "");
      box.hidden = true;
      body.focus();
    });
    form.addEventListener("submit", function () {
      window.clearTimeout(timer);
      if (form.hasAttribute("data-nudge-live")) return;  // the chat composer decides itself
      update();
      if (form.hasAttribute("data-nudge-seen") && !form.querySelector("input[name=post_anyway]")) {
        var ack = document.createElement("input");
        ack.type = "hidden";
        ack.name = "post_anyway";
        ack.value = "1";
        form.appendChild(ack);
      }
    });
  }

  function start() {
    var forms = document.querySelectorAll("form[data-nudge-rules]");
    if (!forms.length || !window.fetch) return;
    fetch(forms[0].getAttribute("data-nudge-rules"), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) return;
        var rules = compile(data);
        Array.prototype.forEach.call(forms, function (form) { setUp(form, rules); });
      })
      .catch(function () { /* the server shows the reminder on submit instead */ });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}());
