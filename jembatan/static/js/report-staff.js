// A report's staff page: a filter box over the checkbox list of supporting agencies, and the
// composer's follow-up box that only makes sense for a reply to the reporter. Without this
// file the page works the same, with the whole list shown.
(function () {
  "use strict";

  function normal(text) {
    return text.toLowerCase().replace(/\s+/g, " ").trim();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-checklist]").forEach(function (list) {
      var filter = list.querySelector(".checklist-filter");
      if (!filter) { return; }
      filter.hidden = false;
      filter.addEventListener("input", function () {
        var wanted = normal(filter.value);
        list.querySelectorAll(".checklist-items li").forEach(function (item) {
          var box = item.querySelector("input");
          // A ticked agency stays visible while another is searched.
          item.hidden = wanted !== "" && !(box && box.checked)
            && normal(item.textContent).indexOf(wanted) === -1;
        });
      });
    });

    var followUp = document.querySelector(".reply-form input[name=follow_up]");
    if (followUp) {
      var publicChoice = document.querySelector(".reply-form input[name=visibility][value=public]");
      followUp.addEventListener("change", function () {
        if (followUp.checked && publicChoice) { publicChoice.checked = true; }
      });
      document.querySelectorAll(".reply-form input[name=visibility]").forEach(function (radio) {
        radio.addEventListener("change", function () {
          if (radio.value === "internal" && radio.checked) { followUp.checked = false; }
        });
      });
    }
  });
})();
