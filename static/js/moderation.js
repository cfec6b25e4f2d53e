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
