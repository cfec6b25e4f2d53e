// Haven live updates: one websocket per page for signed-in members. Progressive enhancement
// only; every page works without it. Protocol: docs/realtime.md.
//  - window.HavenLive: the shared socket (reconnects with backoff, pings, re-runs open hooks).
//  - Live topics: a calm "N new replies — show" bar; nothing moves until the reader asks.
//  - Header badges: notifications and (moderators) review queue; a dismissible crisis alert.
"use strict";

(function () {
  var CLOSE_NOT_SIGNED_IN = 4401;
  var CLOSE_ACCOUNT_BLOCKED = 4403;
  var CLOSE_TOO_MANY_ERRORS = 4429;
  var CLOSE_TOO_MANY_SOCKETS = 4409;
  var CLOSE_RECONNECT = 4205;
  var PING_EVERY_MS = 25000;
  var MAX_BACKOFF_MS = 30000;

  var listeners = {};
  var stateListeners = [];
  var openHooks = [];
  var socket = null;
  var state = "idle";
  var attempts = 0;
  var retryTimer = null;
  var pingTimer = null;
  var welcome = null;

  function emit(type, event) {
    (listeners[type] || []).concat(listeners["*"] || []).forEach(function (fn) {
      try { fn(event); } catch (err) { if (window.console) { console.error(err); } }
    });
  }

  function setState(next, detail) {
    state = next;
    stateListeners.forEach(function (fn) { fn(next, detail || {}); });
  }

  function socketUrl() {
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    return scheme + window.location.host + "/ws/";
  }

  function scheduleReconnect(delayMs, reason) {
    clearTimeout(retryTimer);
    setState("reconnecting", { seconds: Math.round(delayMs / 1000), reason: reason || "" });
    retryTimer = setTimeout(connect, delayMs);
  }

  function backoff() {
    attempts += 1;
    var base = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, attempts - 1));
    return Math.round(base / 2 + Math.random() * base / 2);
  }

  function connect() {
    if (socket && (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING)) { return; }
    clearTimeout(retryTimer);
    setState(attempts ? "reconnecting" : "connecting", { seconds: 0 });
    var ws;
    try { ws = new WebSocket(socketUrl()); } catch (err) { scheduleReconnect(backoff()); return; }
    socket = ws;
    ws.addEventListener("message", function (msg) {
      var event;
      try { event = JSON.parse(msg.data); } catch (err) { return; }
      if (!event || typeof event.type !== "string") { return; }
      if (event.type === "welcome") {
        welcome = event;
        attempts = 0;
        setState("connected");
        clearInterval(pingTimer);
        pingTimer = setInterval(function () { send({ type: "ping" }); }, PING_EVERY_MS);
        openHooks.forEach(function (fn) { try { fn(event); } catch (err) { if (window.console) { console.error(err); } } });
      }
      emit(event.type, event);
    });
    ws.addEventListener("close", function (ev) {
      clearInterval(pingTimer);
      if (socket === ws) { socket = null; }
      welcome = null;
      if (ev.code === CLOSE_NOT_SIGNED_IN) { setState("stopped", { reason: "signed_out" }); return; }
      if (ev.code === CLOSE_ACCOUNT_BLOCKED) { setState("stopped", { reason: "blocked" }); return; }
      if (ev.code === CLOSE_TOO_MANY_ERRORS) { attempts = 5; scheduleReconnect(MAX_BACKOFF_MS, "errors"); return; }
      if (ev.code === CLOSE_TOO_MANY_SOCKETS) { attempts = 5; scheduleReconnect(MAX_BACKOFF_MS, "tabs"); return; }
      if (ev.code === CLOSE_RECONNECT) { attempts = 0; scheduleReconnect(500, ""); return; }
      scheduleReconnect(backoff(), ev.code === 1000 ? "" : "lost");
    });
  }

  function send(frame) {
    if (!socket || socket.readyState !== WebSocket.OPEN || !welcome) { return false; }
    socket.send(JSON.stringify(frame));
    return true;
  }

  function signedIn() {
    return !!document.querySelector('.user-nav form[action$="/logout/"], [data-live="notifications-count"], [data-live="queue-count"], #chat-room');
  }

  function wanted() {
    return !!document.querySelector('#live-topic, [data-live], #chat-room, #chat-rooms[data-watch-rooms]');
  }

  window.HavenLive = {
    on: function (type, fn) { (listeners[type] = listeners[type] || []).push(fn); },
    onState: function (fn) { stateListeners.push(fn); fn(state, {}); },
    // fn runs on every (re)connection, after the server's welcome: (re)join rooms here.
    onOpen: function (fn) { openHooks.push(fn); if (welcome) { fn(welcome); } },
    send: send,
    state: function () { return state; },
    user: function () { return welcome ? welcome.user : null; },
    connect: connect,
  };

  // --- small helpers ---------------------------------------------------------------------

  var announcer = null;
  function announce(text) {
    if (!announcer) {
      announcer = document.createElement("div");
      announcer.className = "visually-hidden";
      announcer.setAttribute("role", "status");
      announcer.setAttribute("aria-live", "polite");
      document.body.appendChild(announcer);
    }
    announcer.textContent = "";
    setTimeout(function () { announcer.textContent = text; }, 50);
  }

  function setCount(el, n, hiddenWord) {
    el.textContent = String(n);
    var extra = document.createElement("span");
    extra.className = "visually-hidden";
    extra.textContent = " " + hiddenWord;
    el.appendChild(extra);
    if (n > 0 || hiddenWord === "waiting") { el.removeAttribute("hidden"); } else { el.setAttribute("hidden", ""); }
  }

  // --- header badges and moderator alerts --------------------------------------------------

  function liveBadges() {
    function updateNotifications(event) {
      if (typeof event.unread !== "number") { return; }
      document.querySelectorAll('[data-live="notifications-count"]').forEach(function (el) {
        setCount(el, event.unread, "unread");
      });
    }
    HavenLive.on("notification.created", function (event) {
      updateNotifications(event);
      if (event.text) { announce("New notification: " + event.text); }
    });
    HavenLive.on("notification.read", updateNotifications);
    HavenLive.on("queue.count", function (event) {
      if (typeof event.count !== "number") { return; }
      document.querySelectorAll('[data-live="queue-count"]').forEach(function (el) { setCount(el, event.count, "waiting"); });
    });
    HavenLive.on("queue.crisis", showCrisisAlert);
  }

  function showCrisisAlert(event) {
    var main = document.getElementById("main");
    if (!main) { return; }
    var old = document.getElementById("live-crisis-alert");
    if (old) { old.remove(); }
    var box = document.createElement("div");
    box.id = "live-crisis-alert";
    box.className = "live-alert";
    box.setAttribute("role", "alert");
    var p = document.createElement("p");
    p.textContent = event.text || "Someone may be at risk. A message is waiting at the top of the review queue.";
    box.appendChild(p);
    var queueLink = document.querySelector('[data-live="queue-count"]');
    var href = event.url || (queueLink && queueLink.closest("a") ? queueLink.closest("a").getAttribute("href") : "");
    var actions = document.createElement("p");
    if (href) {
      var a = document.createElement("a");
      a.href = href;
      a.textContent = "Open it now";
      actions.appendChild(a);
      actions.appendChild(document.createTextNode(" "));
    }
    var dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "button button-small button-secondary";
    dismiss.textContent = "Dismiss";
    dismiss.addEventListener("click", function () { box.remove(); });
    actions.appendChild(dismiss);
    box.appendChild(actions);
    main.insertBefore(box, main.firstChild);
  }

  // --- live topics -------------------------------------------------------------------------

  function liveTopic() {
    var section = document.getElementById("live-topic");
    var bar = document.getElementById("live-topic-bar");
    var list = document.getElementById("post-list");
    if (!section || !bar || !list) { return; }
    var topicId = parseInt(section.getAttribute("data-topic-id"), 10);
    var after = parseInt(section.getAttribute("data-after-position"), 10) || 0;
    var onLastPage = section.getAttribute("data-on-last-page") === "1";
    var fragmentUrl = section.getAttribute("data-fragment-url");
    var pending = {};
    var loading = false;

    function pendingCount() { return Object.keys(pending).length; }

    function renderBar() {
      var n = pendingCount();
      bar.textContent = "";
      if (!n) { return; }
      var text = document.createElement("span");
      text.textContent = n === 1 ? "1 new reply" : n + " new replies";
      bar.appendChild(text);
      bar.appendChild(document.createTextNode(" — "));
      if (onLastPage && fragmentUrl) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link-button";
        button.textContent = "show";
        button.addEventListener("click", showNew);
        bar.appendChild(button);
      } else {
        var link = document.createElement("a");
        var firstId = Object.keys(pending).map(Number).sort(function (a, b) { return a - b; })[0];
        link.href = "/p/" + firstId + "/";
        link.textContent = "go to the latest replies";
        bar.appendChild(link);
      }
    }

    function parseItems(html) {
      var template = document.createElement("template");
      template.innerHTML = html;
      return Array.prototype.slice.call(template.content.querySelectorAll("li[data-post-id]"));
    }

    function showNew() {
      if (loading) { return; }
      loading = true;
      var url = new URL(fragmentUrl, window.location.href);
      url.searchParams.set("after", String(after));
      fetch(url.toString(), { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.text(); })
        .then(function (html) {
          var first = null;
          parseItems(html).forEach(function (li) {
            var id = li.getAttribute("data-post-id");
            delete pending[id];
            if (document.getElementById("post-" + id)) { return; }
            list.appendChild(li);
            if (!first) { first = li; }
            var pos = parseInt(li.getAttribute("data-position"), 10);
            if (pos > after) { after = pos; }
          });
          section.setAttribute("data-after-position", String(after));
          pending = {};
          renderBar();
          if (first) {
            // The reader asked for these: take keyboard and screen-reader focus to the first one.
            first.setAttribute("tabindex", "-1");
            first.focus();
          }
        })
        .catch(function () { bar.textContent = "The new replies could not be loaded. Reload the page to see them."; })
        .then(function () { loading = false; });
    }

    function refetchPost(postId) {
      var current = document.getElementById("post-" + postId);
      if (!current) { return; }
      var template = section.getAttribute("data-post-fragment-url") || "/p/0/fragment/";
      var url = template.replace("/0/", "/" + postId + "/");
      fetch(url, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (r) {
          if (r.status === 404 || r.status === 403) { return ""; }
          if (!r.ok) { throw new Error(String(r.status)); }
          return r.text();
        })
        .then(function (html) {
          var items = html ? parseItems(html) : [];
          var hadFocus = current.contains(document.activeElement);
          if (items.length) {
            current.replaceWith(items[0]);
            if (hadFocus) { items[0].setAttribute("tabindex", "-1"); items[0].focus({ preventScroll: true }); }
          } else {
            var note = document.createElement("p");
            note.className = "meta";
            note.textContent = "This reply is no longer available.";
            current.textContent = "";
            current.appendChild(note);
          }
        })
        .catch(function () { /* the page still shows the old version; a reload shows the new one */ });
    }

    HavenLive.onOpen(function () { HavenLive.send({ type: "subscribe", topic: topicId }); });
    HavenLive.on("post.created", function (event) {
      if (event.topic_id !== topicId || event.position <= after) { return; }
      if (document.getElementById("post-" + event.post_id)) { return; }
      pending[String(event.post_id)] = true;
      renderBar();
    });
    HavenLive.on("post.edited", function (event) { if (event.topic_id === topicId) { refetchPost(event.post_id); } });
    HavenLive.on("post.removed", function (event) {
      if (event.topic_id !== topicId) { return; }
      if (pending[String(event.post_id)]) { delete pending[String(event.post_id)]; renderBar(); return; }
      refetchPost(event.post_id);
    });
  }

  function start() {
    if (!signedIn() || !wanted() || !("WebSocket" in window)) { return; }
    liveBadges();
    liveTopic();
    connect();
  }

  start();
})();
