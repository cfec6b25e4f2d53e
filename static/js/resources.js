// Resources: small enhancements; every page works without this file.
(function () {
  "use strict";

  // Editing guidance: warn before leaving the page with unsaved changes.
  var form = document.querySelector("form.resource-form");
  if (!form) { return; }
  var dirty = false;
  form.addEventListener("input", function () { dirty = true; });
  form.addEventListener("submit", function () { dirty = false; });
  window.addEventListener("beforeunload", function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
