// Joint post editor: live character and hashtag counts per channel, and the service picker.
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  var HASHTAG = /(^|[^\w#])#[\p{L}\p{N}_]+/gu;

  function lengthOf(text) {
    // The server counts a line break as one character, as the platforms do.
    return text.replace(/\r\n/g, "\n").length;
  }

  function attachCounter(area) {
    var limit = parseInt(area.getAttribute("data-char-limit"), 10);
    var tagLimit = parseInt(area.getAttribute("data-hashtag-limit") || "0", 10);
    var counter = document.createElement("span");
    counter.className = "char-count";
    counter.setAttribute("aria-live", "polite");
    counter.id = area.id + "-count";
    area.insertAdjacentElement("afterend", counter);
    area.setAttribute("aria-describedby", ((area.getAttribute("aria-describedby") || "") + " " + counter.id).trim());
    var lang = document.documentElement.lang || "id";
    var format = new Intl.NumberFormat(lang);

    function update() {
      var count = lengthOf(area.value);
      var text = format.format(count) + " / " + format.format(limit);
      var over = count > limit;
      if (tagLimit) {
        var tags = (area.value.match(HASHTAG) || []).length;
        text += " · # " + tags + " / " + tagLimit;
        over = over || tags > tagLimit;
      }
      counter.textContent = text;
      counter.classList.toggle("char-count-over", over);
    }
    area.addEventListener("input", update);
    update();
  }

  function insertAtCursor(area, text) {
    var start = area.selectionStart || area.value.length;
    var end = area.selectionEnd || start;
    var before = area.value.slice(0, start);
    var glue = before && !before.endsWith("\n") ? "\n\n" : "";
    area.value = before + glue + text + area.value.slice(end);
    area.dispatchEvent(new Event("input", { bubbles: true }));
    area.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
    area.focus();
  }

  // A search box over a checkbox list: typing hides the agencies whose name does not match;
  // ticked ones stay visible. Without JavaScript the box stays hidden and the list still works.
  function attachFilter(input) {
    var list = document.getElementById(input.getAttribute("data-filters"));
    if (!list) { return; }
    input.hidden = false;
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      list.querySelectorAll(".checkbox-item").forEach(function (item) {
        var box = item.querySelector("input");
        var match = !needle || item.textContent.toLowerCase().indexOf(needle) !== -1;
        item.hidden = !(match || (box && box.checked));
      });
    });
  }

  ready(function () {
    document.querySelectorAll("textarea[data-char-limit]").forEach(attachCounter);
    document.querySelectorAll("input[data-filters]").forEach(attachFilter);

    var picker = document.getElementById("service-picker");
    var target = document.getElementById("service-target");
    var button = document.getElementById("service-insert");
    if (picker && target && button) {
      button.addEventListener("click", function () {
        var option = picker.options[picker.selectedIndex];
        var area = document.getElementById(target.value);
        if (!option || !option.value || !area) { return; }
        insertAtCursor(area, option.getAttribute("data-text") || "");
      });
    }
  });
})();
