// Haven chat: the rooms page (live "here now" counts) and a room (messages, presence, typing).
// Needs static/js/realtime.js (window.HavenLive). Nothing scrolls while the reader is reading
// older messages; what someone typed is kept until the server has stored it.
"use strict";

(function () {
  if (!window.HavenLive) { return; }
  var Live = window.HavenLive;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // --- rooms page --------------------------------------------------------------------------

  function roomsPage() {
    var list = document.getElementById("chat-rooms");
    if (!list || !list.hasAttribute("data-watch-rooms")) { return; }
    function setCount(roomId, count) {
      var span = list.querySelector('[data-live="room-present"][data-room-id="' + roomId + '"]');
      if (span) { span.textContent = plural(count, "member", "members") + " here now"; }
    }
    Live.onOpen(function () { Live.send({ type: "watch_rooms" }); });
    Live.on("rooms", function (event) { (event.rooms || []).forEach(function (r) { setCount(r.room, r.count); }); });
    Live.on("presence", function (event) { if (typeof event.count === "number") { setCount(event.room, event.count); } });
  }

  // --- a room ------------------------------------------------------------------------------

  function roomPage() {
    var root = document.getElementById("chat-room");
    if (!root || root.hasAttribute("data-older-page")) { return; }
    var roomId = parseInt(root.getAttribute("data-room-id"), 10);
    var myId = parseInt(root.getAttribute("data-user-id"), 10);
    var list = document.getElementById("chat-messages");
    var statusEl = document.getElementById("chat-status");
    var form = document.getElementById("chat-form");
    var textarea = document.getElementById("chat-body");
    var formError = document.getElementById("chat-form-error");
    var jump = document.getElementById("chat-jump");
    var earlier = document.getElementById("chat-load-earlier");
    var typingEl = document.getElementById("chat-typing");
    var presentList = document.getElementById("chat-present");
    var presentCount = document.getElementById("chat-present-count");
    var empty = document.getElementById("chat-empty");
    var outboxKey = "haven-chat-outbox-" + roomId;
    var lastId = 0;
    var oldestId = 0;
    var hasEarlier = !!earlier;
    var loadingEarlier = false;
    var joined = false;
    var typers = {};
    var lastTypingSent = 0;
    var pendingEdits = {};

    list.querySelectorAll("li[data-message-id]").forEach(function (li) {
      var id = parseInt(li.getAttribute("data-message-id"), 10);
      if (id > lastId) { lastId = id; }
      if (!oldestId || id < oldestId) { oldestId = id; }
    });
    list.classList.add("chat-messages-live");
    list.scrollTop = list.scrollHeight;

    // --- connection state
    function setStatus(text, kind) {
      statusEl.hidden = false;
      statusEl.textContent = text;
      statusEl.className = "chat-status chat-status-" + kind;
    }
    Live.onState(function (state, detail) {
      if (state === "connected") { return; }  // "joined" says Connected
      joined = false;
      if (form) { form.classList.add("chat-form-offline"); }
      if (state === "connecting") { setStatus("Connecting…", "wait"); }
      else if (state === "reconnecting") {
        setStatus(detail.seconds ? "Reconnecting… trying again in " + plural(detail.seconds, "second", "seconds") + "."
          : "Reconnecting…", "wait");
      } else if (state === "stopped") {
        setStatus(detail.reason === "blocked" ? "Chat is closed for this account." : "You are signed out. Please log in again to chat.", "error");
      }
    });

    // --- scrolling: follow new messages only while the reader is at the bottom
    function atBottom() { return list.scrollHeight - list.scrollTop - list.clientHeight < 48; }
    function toBottom() { list.scrollTop = list.scrollHeight; jump.hidden = true; }
    jump.addEventListener("click", function () { toBottom(); list.focus({ preventScroll: true }); });
    list.addEventListener("scroll", function () {
      if (atBottom()) { jump.hidden = true; markRead(); }
      if (list.scrollTop < 24 && hasEarlier) { loadEarlier(); }
    });

    // --- rendering
    function editable(li) {
      var until = Date.parse(li.getAttribute("data-editable-until") || "");
      return parseInt(li.getAttribute("data-author-id"), 10) === myId && until > Date.now();
    }

    function renderMessage(m) {
      var li = el("li", "chat-message" + (m.author.id === myId ? " chat-message-mine" : ""));
      li.id = "msg-" + m.id;
      li.setAttribute("data-message-id", String(m.id));
      li.setAttribute("data-author-id", String(m.author.id));
      li.setAttribute("data-state", m.state);
      li.setAttribute("data-editable-until", m.editable_until);
      if (m.author.id === myId && m.source) { li.setAttribute("data-source", m.source); }
      var meta = el("p", "chat-meta");
      var who = el("span");
      who.innerHTML = m.author.html;  // rendered by the server's author template
      meta.appendChild(who);
      meta.appendChild(document.createTextNode(" "));
      var time = el("time", "", new Date(m.created_at).toLocaleString([], { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }));
      time.setAttribute("datetime", m.created_at);
      meta.appendChild(time);
      if (m.edited_at && (m.state === "visible" || m.state === "held")) { meta.appendChild(el("span", "chat-edited", " (edited)")); }
      if (m.state === "held") { meta.appendChild(document.createTextNode(" ")); meta.appendChild(el("span", "badge", "Awaiting review")); }
      li.appendChild(meta);
      if (m.state === "hidden") { li.appendChild(el("p", "chat-placeholder", "Removed by a moderator.")); }
      else if (m.state === "deleted") { li.appendChild(el("p", "chat-placeholder", "Deleted by its author.")); }
      else {
        var body = el("div", "chat-body");
        body.innerHTML = m.html;  // sanitised by forum.sanitize on the server
        li.appendChild(body);
        var actions = el("p", "chat-actions");
        if (m.author.id !== myId && m.flag_url) {
          var flag = el("a", "", "Flag");
          flag.href = m.flag_url;
          flag.appendChild(el("span", "visually-hidden", " message from " + m.author.name));
          actions.appendChild(flag);
        }
        if (m.author.id === myId) { addOwnActions(actions); }
        li.appendChild(actions);
      }
      return li;
    }

    function addOwnActions(actions) {
      var edit = el("button", "link-button", "Edit");
      edit.type = "button";
      edit.setAttribute("data-action", "edit");
      var del = el("button", "link-button", "Delete");
      del.type = "button";
      del.setAttribute("data-action", "delete");
      actions.appendChild(edit);
      actions.appendChild(document.createTextNode(" "));
      actions.appendChild(del);
    }

    function refreshOwnActions(li) {
      var ok = editable(li) && joined;
      li.querySelectorAll('[data-action="edit"], [data-action="delete"]').forEach(function (b) { b.hidden = !ok; });
      if (ok) {
        var until = Date.parse(li.getAttribute("data-editable-until"));
        setTimeout(function () { refreshOwnActions(li); }, Math.max(1000, until - Date.now() + 500));
      }
    }

    function place(m) {
      var existing = document.getElementById("msg-" + m.id);
      var li = renderMessage(m);
      if (existing) { existing.replaceWith(li); refreshOwnActions(li); return li; }
      if (empty) { empty.remove(); empty = null; }
      var follow = atBottom();
      var pendingLi = m.client_id && m.author.id === myId ? list.querySelector('[data-client-id="' + cssEscape(m.client_id) + '"]') : null;
      if (pendingLi) { pendingLi.replaceWith(li); } else { list.appendChild(li); }
      if (m.id > lastId) { lastId = m.id; }
      if (!oldestId || m.id < oldestId) { oldestId = m.id; }
      refreshOwnActions(li);
      if (follow || m.author.id === myId) { toBottom(); markRead(); } else { jump.hidden = false; }
      return li;
    }

    function cssEscape(s) { return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/[^A-Za-z0-9_-]/g, "\\$&"); }

    function prepend(messages) {
      var before = list.scrollHeight;
      var anchor = list.firstChild;
      messages.forEach(function (m) {
        if (document.getElementById("msg-" + m.id)) { return; }
        var li = renderMessage(m);
        list.insertBefore(li, anchor);
        refreshOwnActions(li);
        if (!oldestId || m.id < oldestId) { oldestId = m.id; }
        if (m.id > lastId) { lastId = m.id; }
      });
      // keep what the reader is looking at in place
      list.scrollTop += list.scrollHeight - before;
    }

    // --- read marks
    var readTimer = null;
    function markRead() {
      if (!joined || document.hidden) { return; }
      clearTimeout(readTimer);
      readTimer = setTimeout(function () { Live.send({ type: "read", room: roomId, last_id: lastId }); }, 1500);
    }
    document.addEventListener("visibilitychange", function () { if (!document.hidden && atBottom()) { markRead(); } });

    // --- older messages
    function loadEarlier() {
      if (loadingEarlier || !joined || !hasEarlier || !oldestId) { return false; }
      loadingEarlier = true;
      if (earlier) { earlier.textContent = "Loading…"; }
      Live.send({ type: "history", room: roomId, before_id: oldestId });
      return true;
    }
    if (earlier) {
      earlier.addEventListener("click", function (ev) { if (loadEarlier()) { ev.preventDefault(); } });
    }

    // --- the outbox: typed messages wait here until the server has stored them
    function readOutbox() {
      try { return JSON.parse(window.sessionStorage.getItem(outboxKey) || "[]"); } catch (err) { return []; }
    }
    function writeOutbox(items) {
      try { window.sessionStorage.setItem(outboxKey, JSON.stringify(items)); } catch (err) { /* private mode */ }
    }
    var outbox = readOutbox();

    function newClientId() {
      if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
      return "c" + Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
    }

    function pendingItem(item) {
      var li = list.querySelector('[data-client-id="' + cssEscape(item.client_id) + '"]');
      if (!li) {
        li = el("li", "chat-message chat-message-mine chat-message-pending");
        li.setAttribute("data-client-id", item.client_id);
        li.appendChild(el("p", "chat-meta", "You"));
        li.appendChild(el("p", "chat-body chat-pending-text", item.body));
        li.appendChild(el("p", "chat-pending-state meta", "Sending…"));
        if (empty) { empty.remove(); empty = null; }
        list.appendChild(li);
        toBottom();
      }
      return li;
    }

    function setPendingState(item, text, failed) {
      var li = pendingItem(item);
      var stateEl = li.querySelector(".chat-pending-state");
      stateEl.textContent = text;
      li.classList.toggle("chat-message-failed", !!failed);
      if (failed) {
        var again = el("button", "link-button", "Put it back in the box");
        again.type = "button";
        again.addEventListener("click", function () {
          if (textarea) { textarea.value = item.body; textarea.focus(); }
          dropFromOutbox(item.client_id);
          li.remove();
        });
        stateEl.appendChild(document.createTextNode(" "));
        stateEl.appendChild(again);
      }
    }

    function dropFromOutbox(clientId) {
      outbox = outbox.filter(function (i) { return i.client_id !== clientId; });
      writeOutbox(outbox);
    }

    function flushOutbox() {
      outbox.forEach(function (item) {
        if (item.failed) { return; }
        pendingItem(item);
        var frame = { type: "send", room: roomId, client_id: item.client_id, body: item.body };
        if (item.send_as_is) { frame.send_as_is = true; }
        if (Live.send(frame)) {
          setPendingState(item, "Sending…");
        } else {
          setPendingState(item, "Waiting for the connection; it will send by itself.");
        }
      });
    }

    // --- the rule 2 reminder (care-nudge.js shows it while typing; the server on send)
    var nudgeBox = form ? form.querySelector("[data-nudge]") : null;
    function reminderSeen() { return !!form && form.hasAttribute("data-nudge-seen"); }
    function clearReminder() {
      if (!form) { return; }
      form.removeAttribute("data-nudge-seen");
      form.removeAttribute("data-nudge-dismissed");
      if (nudgeBox) { nudgeBox.hidden = true; }
    }
    function showReminder(event) {
      if (!nudgeBox) { showFormError(event.message); return; }
      form.removeAttribute("data-nudge-dismissed");
      nudgeBox.querySelector("[data-nudge-text]").textContent = event.message +
        (event.evidence ? " (It came up for: \u201c" + event.evidence + "\u201d.)" : "") +
        " Your message is back in the box: change it, or press Send again to send it as it is.";
      nudgeBox.hidden = false;
      form.setAttribute("data-nudge-seen", "");
    }
    // The server did not store it: the text goes back in the box, nothing is lost.
    function backInTheBox(item) {
      var li = list.querySelector('[data-client-id="' + cssEscape(item.client_id) + '"]');
      if (li) { li.remove(); }
      dropFromOutbox(item.client_id);
      if (textarea) {
        textarea.value = textarea.value.trim() ? item.body + "\n" + textarea.value : item.body;
        textarea.focus();
      }
    }

    function showFormError(text) {
      if (!formError) { return; }
      formError.textContent = text;
      formError.hidden = !text;
    }

    if (form && textarea) {
      form.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var body = textarea.value.trim();
        if (!body) { showFormError("Please write a message first."); textarea.focus(); return; }
        if (body.length > 2000) { showFormError("Messages can be up to 2,000 characters; this one has " + body.length + "."); return; }
        showFormError("");
        var item = { client_id: newClientId(), body: body };
        if (reminderSeen()) { item.send_as_is = true; }
        clearReminder();
        outbox.push(item);
        writeOutbox(outbox);
        textarea.value = "";
        flushOutbox();
        textarea.focus();
      });
      textarea.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" && !ev.shiftKey && !ev.isComposing) { ev.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.submit(); }
      });
      textarea.addEventListener("input", function () {
        var now = Date.now();
        if (joined && textarea.value && now - lastTypingSent > 3000) {
          lastTypingSent = now;
          Live.send({ type: "typing", room: roomId });
        }
      });
    }

    // --- own message actions (edit, delete)
    list.addEventListener("click", function (ev) {
      var button = ev.target.closest("button[data-action]");
      if (!button) { return; }
      var li = button.closest("li[data-message-id]");
      var id = parseInt(li.getAttribute("data-message-id"), 10);
      if (button.getAttribute("data-action") === "delete") {
        if (window.confirm("Delete this message? Everyone in the room will see that it was deleted.")) {
          Live.send({ type: "delete", id: id });
        }
        return;
      }
      openEditor(li, id);
    });

    function openEditor(li, id) {
      if (li.querySelector(".chat-edit-form")) { return; }
      var editForm = el("form", "chat-edit-form");
      var fieldId = "chat-edit-" + id;
      var label = el("label", "", "Edit your message");
      label.setAttribute("for", fieldId);
      var area = el("textarea");
      area.id = fieldId;
      area.rows = 3;
      area.maxLength = 2000;
      area.value = li.getAttribute("data-source") || (li.querySelector(".chat-body") || {}).textContent || "";
      var error = el("p", "errors");
      error.hidden = true;
      var save = el("button", "button button-small", "Save");
      save.type = "submit";
      var cancel = el("button", "button button-small button-secondary", "Cancel");
      cancel.type = "button";
      cancel.addEventListener("click", function () { editForm.remove(); delete pendingEdits[id]; });
      var row = el("p");
      row.appendChild(save);
      row.appendChild(document.createTextNode(" "));
      row.appendChild(cancel);
      editForm.appendChild(label);
      editForm.appendChild(area);
      editForm.appendChild(error);
      editForm.appendChild(row);
      editForm.addEventListener("submit", function (ev) {
        ev.preventDefault();
        var body = area.value.trim();
        if (!body) { error.textContent = "Please write a message first."; error.hidden = false; return; }
        var frame = { type: "edit", id: id, body: body };
        if (pendingEdits[id] && pendingEdits[id].reminded) { frame.send_as_is = true; }
        pendingEdits[id] = { error: error, reminded: !!frame.send_as_is };
        if (!Live.send(frame)) {
          error.textContent = "Not connected. Your text is still here; try again in a moment.";
          error.hidden = false;
        }
      });
      li.appendChild(editForm);
      area.focus();
    }

    // --- presence and typing
    function renderPresence(members) {
      presentList.textContent = "";
      members.forEach(function (m) { presentList.appendChild(el("li", "", m.name)); });
      presentCount.textContent = String(members.length);
    }
    function renderTyping() {
      var now = Date.now();
      var names = Object.keys(typers).filter(function (n) { return typers[n] > now; });
      typingEl.textContent = !names.length ? "" : names.length === 1 ? names[0] + " is typing…"
        : names.length === 2 ? names[0] + " and " + names[1] + " are typing…" : "Several people are typing…";
    }

    // --- socket events
    Live.onOpen(function () {
      var frame = { type: "join", room: roomId };
      if (lastId) { frame.after_id = lastId; }
      Live.send(frame);
    });
    Live.on("joined", function (event) {
      if (event.room !== roomId) { return; }
      joined = true;
      setStatus("Connected", "ok");
      if (form) { form.hidden = false; form.classList.remove("chat-form-offline"); }
      if (!event.can_post && event.reason) { showFormError(event.reason); }
      list.querySelectorAll("li[data-message-id]").forEach(refreshOwnActions);
    });
    Live.on("catch_up", function (event) {
      if (event.room !== roomId) { return; }
      event.messages.forEach(place);
      if (event.has_more) { Live.send({ type: "catch_up", room: roomId, after_id: lastId }); }
      else { flushOutbox(); }
    });
    Live.on("history", function (event) {
      if (event.room !== roomId) { return; }
      if (event.before_id) {
        prepend(event.messages.slice().reverse());
        loadingEarlier = false;
        hasEarlier = event.has_more;
        if (earlier) {
          earlier.textContent = "Load earlier messages";
          earlier.setAttribute("href", "?before=" + oldestId);
          if (!hasEarlier) { earlier.parentNode.hidden = true; }
        }
      } else {
        event.messages.forEach(place);
        flushOutbox();
      }
    });
    Live.on("message.new", function (event) { if (event.message.room === roomId) { place(event.message); } });
    Live.on("message.edited", function (event) { if (event.message.room === roomId) { place(event.message); } });
    Live.on("message.removed", function (event) {
      if (event.room !== roomId) { return; }
      var li = document.getElementById("msg-" + event.id);
      if (!li) { return; }
      li.setAttribute("data-state", event.reason === "author" ? "deleted" : "hidden");
      Array.prototype.slice.call(li.children).forEach(function (child) { if (!child.classList.contains("chat-meta")) { child.remove(); } });
      li.querySelectorAll(".chat-edited, .badge").forEach(function (b) { if (!b.closest(".author")) { b.remove(); } });
      var text = event.reason === "author" ? "Deleted by its author." : event.reason === "held" ? "Waiting for a moderator." : "Removed by a moderator.";
      li.appendChild(el("p", "chat-placeholder", text));
    });
    Live.on("ack", function (event) {
      if (event.room !== roomId) { return; }
      if (event.request === "send") {
        dropFromOutbox(event.client_id);
        place(event.message);
      } else if (event.request === "edit") {
        delete pendingEdits[event.id];
        place(event.message);
      }
    });
    Live.on("error", function (event) {
      if (event.client_id) {
        var item = outbox.filter(function (i) { return i.client_id === event.client_id; })[0];
        if (!item) { return; }
        if (event.code === "advice_reminder") {
          backInTheBox(item);
          showReminder(event);
        } else if (event.code === "rate_limited") {
          setPendingState(item, event.message + " It will send by itself.");
          setTimeout(flushOutbox, (event.retry_after || 5) * 1000 + 250);
        } else if (event.code === "server_error") {
          setPendingState(item, "Not sent yet: something went wrong on our side. It will try again.");
          setTimeout(flushOutbox, 5000);
        } else {
          item.failed = true;
          writeOutbox(outbox);
          setPendingState(item, "Not sent: " + event.message, true);
        }
        return;
      }
      if (event.request === "edit" && pendingEdits[event.id]) {
        // After the rule 2 reminder, Save again sends the edit as it is.
        if (event.code === "advice_reminder") { pendingEdits[event.id].reminded = true; }
        pendingEdits[event.id].error.textContent = event.code === "advice_reminder"
          ? event.message + " Press Save again to keep it as it is." : event.message;
        pendingEdits[event.id].error.hidden = false;
        return;
      }
      if (event.request === "history") { loadingEarlier = false; if (earlier) { earlier.textContent = "Load earlier messages"; } }
      if (event.request === "join" || event.code === "unavailable" || event.code === "account_blocked" || event.request === "delete") {
        setStatus(event.message, "error");
      }
    });
    Live.on("presence", function (event) { if (event.room === roomId && event.members) { renderPresence(event.members); } });
    Live.on("typing", function (event) {
      if (event.room !== roomId || !event.user || event.user.id === myId) { return; }
      typers[event.user.name] = Date.now() + 5000;
      renderTyping();
      setTimeout(renderTyping, 5100);
    });
    Live.on("crisis", function (event) { showCrisisPanel(event); });

    function showCrisisPanel(event) {
      var old = document.getElementById("chat-crisis");
      if (old) { old.remove(); }
      var panel = el("section", "chat-crisis card");
      panel.id = "chat-crisis";
      panel.setAttribute("role", "alert");
      panel.setAttribute("aria-labelledby", "chat-crisis-title");
      var title = el("h2", "", "You are not alone");
      title.id = "chat-crisis-title";
      panel.appendChild(title);
      panel.appendChild(el("p", "", "It sounds like things are very hard right now. You can talk to someone now, any time:"));
      var lines = el("ul", "plain-list");
      (event.lines || []).forEach(function (line) { lines.appendChild(el("li", "", line[0] + " — " + line[1])); });
      if (!lines.children.length) { lines.appendChild(el("li", "", "Find a helpline near you at findahelpline.com")); }
      panel.appendChild(lines);
      panel.appendChild(el("p", "", "A moderator has been told and will look in. Your message was not hidden."));
      var close = el("button", "button button-small button-secondary", "Close this note");
      close.type = "button";
      close.addEventListener("click", function () { panel.remove(); if (textarea) { textarea.focus(); } });
      panel.appendChild(close);
      root.insertBefore(panel, root.firstChild);
    }
  }

  roomsPage();
  roomPage();
})();
