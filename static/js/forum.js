// Forum composer: keeps a draft of what you type in this browser, so a closed tab or an
// expired session does not lose a long post. The form works the same without this file.
"use strict";

(function () {
  var PREFIX = "haven-draft:";

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

  function fieldsOf(form) {
    return Array.prototype.slice.call(form.querySelectorAll("[data-draft]"));
  }

  function read(store, key) {
    try {
      return JSON.parse(store.getItem(PREFIX + key) || "null");
    } catch (e) {
      return null;
    }
  }

  function setUp(form, store) {
    var key = form.getAttribute("data-draft-key");
    var fields = fieldsOf(form);
    var status = form.querySelector("[data-draft-status]");
    if (!key || !fields.length) return;

    var draft = read(store, key);
    var differs = draft && fields.some(function (f) {
      var name = f.getAttribute("data-draft");
      return typeof draft[name] === "string" && draft[name] !== f.value && draft[name].trim() !== "";
    });
    if (differs) {
      fields.forEach(function (f) {
        var name = f.getAttribute("data-draft");
        if (typeof draft[name] === "string" && draft[name].trim() !== "") f.value = draft[name];
      });
      if (status) status.hidden = false;
    }

    function save() {
      var data = {};
      var empty = true;
      fields.forEach(function (f) {
        data[f.getAttribute("data-draft")] = f.value;
        if (f.value.trim() !== "" && f.value !== f.defaultValue) empty = false;
      });
      try {
        if (empty) store.removeItem(PREFIX + key);
        else store.setItem(PREFIX + key, JSON.stringify(data));
      } catch (e) { /* storage full or blocked: the form still works */ }
    }

    var timer = null;
    fields.forEach(function (f) {
      f.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(save, 400);
      });
    });
    form.addEventListener("submit", save);

    var discard = form.querySelector("[data-draft-discard]");
    if (discard) {
      discard.addEventListener("click", function () {
        store.removeItem(PREFIX + key);
        fields.forEach(function (f) { f.value = f.defaultValue; });
        if (status) status.hidden = true;
        if (fields[0]) fields[0].focus();
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var store = storage();
    if (!store) return;
    // The server tells us which draft was posted successfully.
    Array.prototype.forEach.call(document.querySelectorAll("[data-clear-draft]"), function (el) {
      store.removeItem(PREFIX + el.getAttribute("data-clear-draft"));
    });
    Array.prototype.forEach.call(document.querySelectorAll("form[data-draft-key]"), function (form) {
      setUp(form, store);
    });
  });
})();
