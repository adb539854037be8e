// Bakohumas catalogue, agenda and library: small enhancements; every page works without them.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  // "Copy the text" buttons: data-copy-target names the field whose value is copied.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) { return; }
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    if (!field) { return; }
    var done = function () {
      var label = button.getAttribute("data-copied-label");
      if (label) { button.textContent = label; }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(field.value).then(done, function () { field.select(); });
    } else {
      field.select();
      document.execCommand("copy");
      done();
    }
  });

  // Library picker: tell the post editor which item was chosen. A field named by
  // data-pick-target collects the ids; the event lets any editor react its own way.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-pick-item]");
    if (!button) { return; }
    var id = button.getAttribute("data-pick-item");
    var targetId = button.getAttribute("data-pick-target");
    var target = targetId ? document.getElementById(targetId) : null;
    if (target && "value" in target) {
      var ids = target.value ? target.value.split(",") : [];
      if (ids.indexOf(id) === -1) { ids.push(id); }
      target.value = ids.join(",");
    }
    button.disabled = true;
    document.dispatchEvent(new CustomEvent("library:picked", {
      detail: { id: id, title: button.getAttribute("data-pick-title"), target: targetId }
    }));
  });

  ready(function () {
    // Event form: times do not apply to all-day events.
    var allDay = document.getElementById("id_all_day");
    if (!allDay) { return; }
    var timeFields = ["id_start_time", "id_end_time"].map(function (id) {
      var input = document.getElementById(id);
      return input ? input.closest(".field") : null;
    }).filter(Boolean);
    var sync = function () {
      timeFields.forEach(function (field) { field.hidden = allDay.checked; });
    };
    allDay.addEventListener("change", sync);
    sync();
  });
})();
