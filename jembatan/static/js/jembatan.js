// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  ready(function () {
    // Error summary: move focus to it so screen readers announce it; its links focus the field
    // itself (a plain #fragment only scrolls) and show the field's label above it.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) { summary.focus(); }
    document.querySelectorAll("[data-error-summary] a[data-error-link]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        var field = document.getElementById(link.getAttribute("href").slice(1));
        if (!field) { return; }
        event.preventDefault();
        var legend = field.closest("fieldset") && field.closest("fieldset").querySelector("legend");
        var label = legend || document.querySelector("label[for='" + field.id + "']") || field;
        label.scrollIntoView();
        field.focus({ preventScroll: true });
      });
    });

    // Copy buttons: copy the text of the element they name; the text stays selectable without JS.
    document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
      var source = document.getElementById(button.getAttribute("data-copy-target"));
      var status = document.getElementById(button.getAttribute("data-copy-status"));
      if (!source || !navigator.clipboard) { return; }
      button.hidden = false;
      if (status) { status.textContent = ""; }
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          if (status) { status.textContent = button.getAttribute("data-copied"); }
        }, function () {
          if (status) { status.textContent = button.getAttribute("data-copy-failed"); }
        });
      });
    });

    // Language switcher: submit on change, hide the button that is only needed without JS.
    document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
      var button = select.form.querySelector("button[type=submit]");
      if (button) { button.hidden = true; }
      select.addEventListener("change", function () { select.form.submit(); });
    });

    // Canned responses: fetch the filled-in text into the reply box.
    document.querySelectorAll("select[data-canned-base]").forEach(function (select) {
      select.addEventListener("change", function () {
        if (!select.value || !window.htmx) { return; }
        window.htmx.ajax("GET", select.getAttribute("data-canned-base") + select.value + "/",
          { target: "#id_body", swap: "outerHTML" });
      });
    });

    // Mobile navigation toggle.
    var toggle = document.querySelector(".nav-toggle");
    var nav = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (toggle && nav) {
      // A link that acts as a button answers the space bar as a button does.
      toggle.setAttribute("role", "button");
      toggle.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); toggle.click(); }
      });
      toggle.addEventListener("click", function (event) {
        event.preventDefault();
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", String(!open));
        nav.classList.toggle("open", !open);
      });
    }
  });

  // Tables marked "cards" become one card per row on a phone: each cell is labelled with its
  // column's heading (CSS shows the label). Without the script the table scrolls in its region.
  function labelCardTables(root) {
    root.querySelectorAll("table.cards").forEach(function (table) {
      var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (!cell.hasAttribute("data-label") && headings[column]) {
            cell.setAttribute("data-label", headings[column]);
          }
          column += cell.colSpan || 1;
        });
      });
    });
  }
  ready(function () { labelCardTables(document); });
  document.addEventListener("htmx:load", function (event) { labelCardTables(event.target); });
})();
