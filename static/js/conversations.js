// Private messages, live: new messages appear on the last page of a conversation, the composer
// sends without reloading (same client id on retry, so nothing is sent twice), and the header
// counts follow. Progressive enhancement only: every page and form works without it.
// Protocol: docs/realtime.md ("pm.*" events).
"use strict";

(function () {
  function newClientId() {
    if (window.crypto && window.crypto.randomUUID) { return window.crypto.randomUUID().replace(/-/g, ""); }
    return String(Date.now()) + Math.random().toString(16).slice(2);
  }

  function csrfToken(form) {
    var input = form.querySelector('input[name="csrfmiddlewaretoken"]');
    return input ? input.value : "";
  }

  function setCount(selector, n, word) {
    document.querySelectorAll(selector).forEach(function (el) {
      el.textContent = String(n);
      var extra = document.createElement("span");
      extra.className = "visually-hidden";
      extra.textContent = " " + word;
      el.appendChild(extra);
      if (n > 0) { el.removeAttribute("hidden"); } else { el.setAttribute("hidden", ""); }
    });
  }

  function announce(text) {
    var box = document.getElementById("haven-announcer");
    if (!box) { return; }
    box.textContent = "";
    setTimeout(function () { box.textContent = text; }, 50);
  }

  function conversationPage() {
    var list = document.querySelector("[data-pm-conversation]");
    if (!list) { return null; }
    var page = {
      list: list,
      id: parseInt(list.getAttribute("data-pm-conversation"), 10),
      lastPage: list.getAttribute("data-pm-last-page") === "1",
      viewer: parseInt(list.getAttribute("data-viewer-id"), 10),
      form: document.querySelector("[data-pm-composer]"),
    };
    return page;
  }

  function append(page, message) {
    if (!page.lastPage) { return false; }
    if (document.getElementById("message-" + message.id)) { return false; }
    var empty = page.list.querySelector("[data-pm-empty]");
    if (empty) { empty.remove(); }
    var holder = document.createElement("template");
    holder.innerHTML = message.html.trim();
    var item = holder.content.firstElementChild;
    if (!item) { return false; }
    if (message.author && message.author.id === page.viewer) {
      var report = item.querySelector("[data-report-link]");
      if (report) { report.remove(); }
    }
    page.list.appendChild(item);
    return true;
  }

  function markRead(page, lastId) {
    if (!page.form || document.hidden) { return; }
    var body = new FormData();
    body.append("last_id", String(lastId));
    fetch(page.form.getAttribute("action").replace(/send\/$/, "read/"), {
      method: "POST", body: body, credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken(page.form), "Accept": "application/json" },
    }).catch(function () {});
  }

  function showErrors(form, status, errors) {
    var text = [];
    Object.keys(errors || {}).forEach(function (key) { text = text.concat(errors[key]); });
    status.textContent = text.join(" ") || "Your message could not be sent. It is still here; please try again.";
  }

  function composer(page) {
    var form = page.form;
    if (!form || !window.fetch) { return; }
    var status = form.querySelector("[data-pm-status]");
    var box = form.querySelector("textarea[name=body]");
    var idField = form.querySelector("input[name=client_id]");
    var sending = false;
    form.addEventListener("submit", function (ev) {
      if (!page.lastPage) { return; }  // older pages: a plain post, which lands on the last page
      ev.preventDefault();
      if (sending) { return; }
      if (!box.value.trim()) { status.textContent = "Please write a message first."; box.focus(); return; }
      sending = true;
      status.textContent = "Sending…";
      fetch(form.getAttribute("action"), {
        method: "POST", body: new FormData(form), credentials: "same-origin",
        headers: { "Accept": "application/json", "X-CSRFToken": csrfToken(form) },
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        sending = false;
        if (!result.ok) {
          showErrors(form, status, result.data.errors);
          if (result.data.advice && !form.querySelector("input[name=post_anyway]")) {
            // The rule 2 reminder shows once: sending again sends the message as it is.
            var ack = document.createElement("input");
            ack.type = "hidden"; ack.name = "post_anyway"; ack.value = "1";
            form.appendChild(ack);
            status.textContent += " Press Send again to send it as it is.";
          }
          return;
        }
        append(page, result.data.message);
        status.textContent = result.data.state === "held"
          ? "Sent. A moderator checks messages with links from new members before they are delivered."
          : "Sent.";
        box.value = "";
        idField.value = newClientId();
        try { window.localStorage.removeItem("haven-draft:" + form.getAttribute("data-draft-key")); } catch (e) { /* private mode */ }
      }).catch(function () {
        // Network trouble: keep the text and the same client id, so trying again never duplicates.
        sending = false;
        status.textContent = "Your message could not be sent. It is still here; please try again.";
      });
    });
  }

  function start() {
    if (!window.HavenLive) { return; }
    var page = conversationPage();
    if (page) { composer(page); }
    HavenLive.on("pm.message", function (event) {
      if (typeof event.unread === "number") { setCount('[data-live="messages-count"]', event.unread, "unread"); }
      var message = event.message || {};
      if (page && message.conversation === page.id) {
        if (append(page, message) && message.author && message.author.id !== page.viewer) {
          announce("New message from " + message.author.name);
          markRead(page, message.id);
        }
      } else if (message.author && message.author.id !== (HavenLive.user() || {}).id) {
        announce("New private message from " + message.author.name);
      }
    });
    HavenLive.on("pm.read", function (event) {
      if (typeof event.unread === "number") { setCount('[data-live="messages-count"]', event.unread, "unread"); }
    });
    HavenLive.on("pm.team", function (event) {
      if (typeof event.awaiting === "number") { setCount('[data-live="team-count"]', event.awaiting, "waiting"); }
      var message = event.message || {};
      if (page && message.conversation === page.id && !message.as_team) {
        if (append(page, message)) { announce("New message from " + message.author.name); }
      } else if (page && message.conversation === page.id) {
        append(page, message);
      }
    });
    HavenLive.on("pm.removed", function (event) {
      var item = document.getElementById("message-" + event.id);
      if (item) { item.querySelector(".pm-body").textContent = "Hidden by a moderator."; }
    });
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
}());
