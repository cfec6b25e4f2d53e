// Forum composer drafts that follow the member (docs/care.md). While you type, the text is kept
// on the server a few seconds after you stop and when you leave the page, so it is there on any
// device with "Draft restored — discard?". This browser keeps a copy (localStorage) only while
// the server cannot be reached; haven.js clears it when you log out. The form works the same
// without this file.
"use strict";

(function () {
  var PREFIX = "haven-draft:";
  var SAVE_AFTER_MS = 2500;

  function storage() {
    try {
      var s = window.localStorage;
      s.setItem(PREFIX + "test", "1");
      s.removeItem(PREFIX + "test");
      return s;
    } catch (e) {
      return null;
    }
  }

  function readLocal(store, key) {
    if (!store) return null;
    try {
      return JSON.parse(store.getItem(PREFIX + key) || "null");
    } catch (e) {
      return null;
    }
  }

  function setUp(form, store) {
    var key = form.getAttribute("data-draft-key");
    var url = form.getAttribute("data-draft-url");
    var where = { composer: form.getAttribute("data-draft-composer"), target: form.getAttribute("data-draft-target") };
    var fields = Array.prototype.slice.call(form.querySelectorAll("[data-draft]"));
    var status = form.querySelector("[data-draft-status]");
    var tokenInput = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (!key || !fields.length) return;
    var serverSide = !!(url && where.composer && where.target && tokenInput);
    var timer = null;
    var dirty = false;
    var typed = false;  // the member has typed on this page (never reset)
    // The server's time when this page asked for its draft: sent with each save, so a save that
    // arrives after the composer was posted or discarded is refused (409) instead of bringing
    // the draft back. submitted: the form was sent; nothing may be kept after that.
    var since = "";
    var submitted = false;
    var inFlight = null;

    function values() {
      var data = {};
      fields.forEach(function (f) { data[f.getAttribute("data-draft")] = f.value; });
      return data;
    }

    function isEmpty() {
      return fields.every(function (f) { return f.value.trim() === "" || f.value === f.defaultValue; });
    }

    function apply(draft) {
      // Typed here before the saved draft arrived: what is on the page wins (nothing is lost:
      // it is saved over the old draft in a moment).
      if (typed) return false;
      var differs = draft && fields.some(function (f) {
        var v = draft[f.getAttribute("data-draft")];
        return typeof v === "string" && v.trim() !== "" && v !== f.value;
      });
      if (!differs) return false;
      fields.forEach(function (f) {
        var v = draft[f.getAttribute("data-draft")];
        if (typeof v === "string" && v.trim() !== "") f.value = v;
      });
      if (status) status.hidden = false;
      return true;
    }

    function keepLocal() {
      if (!store) return;
      try {
        if (isEmpty()) store.removeItem(PREFIX + key);
        else store.setItem(PREFIX + key, JSON.stringify(values()));
      } catch (e) { /* storage full or blocked: the form still works */ }
    }

    function payload(extra) {
      var data = new FormData();
      data.append("csrfmiddlewaretoken", tokenInput.value);
      data.append("composer", where.composer);
      data.append("target", where.target);
      var v = values();
      data.append("title", v.title || "");
      data.append("body", isEmpty() ? "" : (v.body || ""));
      if (since) data.append("since", since);
      if (extra) data.append(extra, "1");
      return data;
    }

    function saveNow() {
      window.clearTimeout(timer);
      if (!serverSide) { keepLocal(); return; }
      dirty = false;
      inFlight = window.AbortController ? new AbortController() : null;
      fetch(url, { method: "POST", body: payload(), credentials: "same-origin", signal: inFlight && inFlight.signal })
        .then(function (response) {
          if (submitted) return;
          // Posted or discarded meanwhile (another device): keep this text on this device only.
          if (response.status === 409) { keepLocal(); return; }
          if (!response.ok) throw new Error("not saved");
          if (store) store.removeItem(PREFIX + key);
        })
        .catch(function () { if (submitted) return; dirty = true; keepLocal(); });
    }

    function saveOnLeave() {
      if (!dirty) return;
      if (serverSide && navigator.sendBeacon && navigator.onLine !== false && navigator.sendBeacon(url, payload())) {
        dirty = false;
        return;
      }
      keepLocal();
    }

    function restore() {
      var local = readLocal(store, key);
      if (!serverSide) { apply(local); return; }
      fetch(url + "?composer=" + encodeURIComponent(where.composer) + "&target=" + encodeURIComponent(where.target),
            { credentials: "same-origin" })
        .then(function (response) { if (!response.ok) throw new Error("offline"); return response.json(); })
        .then(function (draft) {
          if (draft && draft.since) since = draft.since;
          if (draft && typeof draft.body === "string") { apply(draft); return; }
          // Typed while offline and never sent: restore it here and send it now.
          if (local && apply(local)) saveNow();
        })
        .catch(function () { apply(local); });
    }

    fields.forEach(function (f) {
      f.addEventListener("input", function () {
        dirty = true;
        typed = true;
        window.clearTimeout(timer);
        timer = window.setTimeout(saveNow, SAVE_AFTER_MS);
      });
    });
    window.addEventListener("pagehide", saveOnLeave);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") saveOnLeave();
    });
    // Posting removes the server's draft; don't send it again while the page unloads.
    form.addEventListener("submit", function () {
      window.clearTimeout(timer);
      submitted = true;
      if (inFlight) inFlight.abort();  // the server refuses it anyway if it already left
      dirty = false;
      if (!serverSide || navigator.onLine === false) keepLocal();
    });

    var discard = form.querySelector("[data-draft-discard]");
    if (discard) {
      discard.addEventListener("click", function () {
        window.clearTimeout(timer);
        dirty = false;
        if (store) store.removeItem(PREFIX + key);
        fields.forEach(function (f) { f.value = f.defaultValue; });
        if (inFlight) inFlight.abort();
        if (serverSide) {
          fetch(url, { method: "POST", body: payload("discard"), credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) { if (data && data.since) since = data.since; })
            .catch(function () { /* the draft goes after 30 days anyway */ });
        }
        if (status) status.hidden = true;
        if (fields[0]) fields[0].focus();
      });
    }
    restore();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var store = storage();
    // The server tells us which draft was posted successfully.
    Array.prototype.forEach.call(document.querySelectorAll("[data-clear-draft]"), function (el) {
      if (store) store.removeItem(PREFIX + el.getAttribute("data-clear-draft"));
    });
    Array.prototype.forEach.call(document.querySelectorAll("form[data-draft-key]"), function (form) {
      setUp(form, store);
    });
  });
})();
