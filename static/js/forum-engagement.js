// Haven forum engagement: reactions, bookmarks and follow buttons without a page reload.
// Every form works without this file; here we send the same form with fetch and update the
// buttons in place. If anything goes wrong we submit the form normally, so the member sees
// the server's answer (for example why they can't react).
"use strict";

(function () {
  function announce(form, text) {
    const box = form.closest("[data-post-engagement]");
    const status = box ? box.querySelector("[data-engagement-status]") : null;
    if (status) {
      status.textContent = text;
    }
  }

  function setToggle(form, on) {
    const button = form.querySelector("button[aria-pressed]");
    const action = form.querySelector("[data-toggle-action]");
    if (button) {
      button.setAttribute("aria-pressed", on ? "true" : "false");
    }
    if (action) {
      action.value = on ? "off" : "on";
    }
    const hint = form.querySelector("[data-follow-hint]");
    if (hint) {
      hint.hidden = !on;
    }
  }

  function updateReactions(form, data) {
    (data.reactions || []).forEach(function (reaction) {
      const button = form.querySelector('button[data-reaction="' + reaction.kind + '"]');
      if (!button) {
        return;
      }
      button.setAttribute("aria-pressed", reaction.mine ? "true" : "false");
      const count = button.querySelector("[data-reaction-count]");
      if (count) {
        count.textContent = String(reaction.count);
      }
    });
    const changed = (data.reactions || []).find(function (r) { return r.kind === data.kind; });
    if (changed) {
      announce(form, (data.mine ? "Added: " : "Taken back: ") + changed.label + ".");
    }
  }

  function apply(form, kind, data) {
    if (kind === "reaction") {
      updateReactions(form, data);
    } else if (kind === "bookmark") {
      setToggle(form, Boolean(data.bookmarked));
      announce(form, data.bookmarked ? "Saved to your bookmarks." : "Removed from your bookmarks.");
    } else if (kind === "follow") {
      setToggle(form, Boolean(data.following));
    }
  }

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.engagementForm || form.dataset.engagementPlain) {
      return;
    }
    if (!window.fetch || !window.FormData) {
      return;
    }
    event.preventDefault();
    if (form.hasAttribute("data-engagement-busy")) {
      return;
    }
    const submitter = event.submitter || null;
    const body = new FormData(form);
    if (submitter && submitter.name) {
      body.append(submitter.name, submitter.value);
    }
    form.setAttribute("data-engagement-busy", "");
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        apply(form, form.dataset.engagementForm, data);
      })
      .catch(function () {
        // Let the server answer in full (a sign-in page, a "muted" message...).
        form.dataset.engagementPlain = "1";
        if (submitter && typeof form.requestSubmit === "function") {
          form.requestSubmit(submitter);
        } else {
          form.submit();
        }
      })
      .finally(function () {
        form.removeAttribute("data-engagement-busy");
      });
  });
})();
