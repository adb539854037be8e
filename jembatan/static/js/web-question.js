// The private link carries the key after "#" so that it never reaches a server log; this
// posts it to the page once, then drops it from the address bar and the history.
(function () {
  "use strict";
  var form = document.querySelector("form[data-open-question]");
  var key = window.location.hash.slice(1);
  if (!form || !key) { return; }
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
  if (form.querySelector(".message-error, .errorlist")) { return; }
  form.querySelector("input[name=key]").value = decodeURIComponent(key);
  var wait = form.querySelector("[data-open-question-wait]");
  if (wait) { wait.hidden = false; }
  form.submit();
})();
