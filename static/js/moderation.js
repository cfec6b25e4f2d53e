// Moderation: small enhancements only; every form works without this file.
"use strict";
(function () {
  // "Select all" for the bulk actions on the review queue.
  var table = document.querySelector(".queue-table");
  if (!table) { return; }
  var boxes = table.querySelectorAll('input[type="checkbox"][name="items"]');
  if (!boxes.length) { return; }
  var button = document.createElement("button");
  button.type = "button";
  button.className = "button button-small button-secondary";
  button.textContent = "Select all on this page";
  button.addEventListener("click", function () {
    var allChecked = Array.prototype.every.call(boxes, function (box) { return box.checked; });
    Array.prototype.forEach.call(boxes, function (box) { box.checked = !allChecked; });
    button.textContent = allChecked ? "Select all on this page" : "Clear selection";
  });
  table.parentNode.insertBefore(button, table);
})();

(function () {
  // Crisis item page: a "Copy the message" button for the prepared reply (the text stays selectable without it).
  var button = document.querySelector("[data-copy-target]");
  if (!button || !navigator.clipboard) { return; }
  var source = document.getElementById(button.getAttribute("data-copy-target"));
  if (!source) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(source.value).then(function () {
      button.textContent = "Copied";
    }, function () {
      source.select();
      button.textContent = "Select the text and copy it";
    });
  });
})();
