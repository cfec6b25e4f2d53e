// Haven: progressive enhancement only. Every page works without this file.
// Loaded with `defer` on every page (base.html). No inline scripts anywhere: the CSP forbids them.
"use strict";

(function () {
  var announcer = null;

  // Politely tell screen-reader users about something that changed on the page
  // (a new chat message, a new notification). Other apps call window.Haven.announce(text).
  function announce(text) {
    if (!announcer) announcer = document.getElementById("haven-announcer");
    if (!announcer || !text) return;
    // Clear first so the same sentence twice is still read out.
    announcer.textContent = "";
    window.setTimeout(function () { announcer.textContent = String(text); }, 50);
  }

  // Keep what someone is typing in a long text box for this browser tab, so a reload, a lost
  // connection or a misclick on a link does not lose it. Stored in sessionStorage (gone when the
  // tab closes, never sent anywhere). Opt out with data-no-draft on the form or the text box;
  // forms that keep their own drafts (data-draft-key) are skipped.
  var DRAFT_PREFIX = "haven-textbox:";

  function storage() {
    try {
      var s = window.sessionStorage;
      s.setItem(DRAFT_PREFIX + "test", "1");
      s.removeItem(DRAFT_PREFIX + "test");
      return s;
    } catch (e) {
      return null;
    }
  }

  function draftKey(form, box) {
    var action = form.getAttribute("action") || window.location.pathname;
    return DRAFT_PREFIX + window.location.pathname + "|" + action + "|" + (box.name || box.id);
  }

  function showRestoredNote(box, store, key) {
    var note = document.createElement("p");
    note.className = "help draft-note";
    note.textContent = "We kept the text you had not sent yet. ";
    var discard = document.createElement("button");
    discard.type = "button";
    discard.className = "link-button";
    discard.textContent = "Clear it";
    discard.addEventListener("click", function () {
      box.value = "";
      store.removeItem(key);
      note.remove();
      box.focus();
    });
    note.appendChild(discard);
    box.insertAdjacentElement("afterend", note);
  }

  function setUpDrafts() {
    var store = storage();
    if (!store) return;
    var boxes = document.querySelectorAll("form[method='post'] textarea, form[method='POST'] textarea");
    Array.prototype.forEach.call(boxes, function (box) {
      var form = box.form;
      if (!form || form.hasAttribute("data-no-draft") || box.hasAttribute("data-no-draft")) return;
      // Forms with their own draft keeping (the forum composer: data-draft-key) are left alone.
      if (form.hasAttribute("data-draft-key") || box.hasAttribute("data-draft")) return;
      if (!box.name || box.readOnly || box.disabled) return;
      var key = draftKey(form, box);
      var saved = store.getItem(key);
      if (saved && !box.value.trim()) {
        box.value = saved;
        showRestoredNote(box, store, key);
      }
      box.addEventListener("input", function () {
        if (box.value.trim()) store.setItem(key, box.value);
        else store.removeItem(key);
      });
      form.addEventListener("submit", function () { store.removeItem(key); });
    });
  }

  // Logging out leaves nothing of what was typed in this browser: the composers' offline copies
  // (forum.js, "haven-draft:") and the text boxes above. The server keeps the member's drafts.
  function clearDraftsOnLogout() {
    document.addEventListener("submit", function (event) {
      var action = event.target.getAttribute && event.target.getAttribute("action");
      if (!action || !/\/logout\/?$/.test(action)) return;
      [["localStorage", "haven-draft:"], ["sessionStorage", DRAFT_PREFIX]].forEach(function (pair) {
        try {
          var s = window[pair[0]];
          for (var i = s.length - 1; i >= 0; i--) {
            var k = s.key(i);
            if (k && k.indexOf(pair[1]) === 0) s.removeItem(k);
          }
        } catch (e) { /* storage blocked: nothing was kept */ }
      });
    }, true);
  }

  window.Haven = window.Haven || {};
  window.Haven.announce = announce;

  function start() {
    setUpDrafts();
    clearDraftsOnLogout();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
