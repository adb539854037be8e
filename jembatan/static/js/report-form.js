// The public report form: location button, proof-of-work when the server asks for it, and
// protection against double submission. The form works without JavaScript except the
// proof-of-work, which the server only asks for after several reports from one connection.
(function () {
  "use strict";

  // Compact SHA-256 (FIPS 180-4) for pages served without HTTPS, where crypto.subtle is absent.
  function sha256Hex(ascii) {
    function rightRotate(value, amount) { return (value >>> amount) | (value << (32 - amount)); }
    var k = [], h = [], primeCounter = 0, isComposite = {};
    for (var candidate = 2; primeCounter < 64; candidate++) {
      if (!isComposite[candidate]) {
        for (var i = 0; i < 313; i += candidate) { isComposite[i] = candidate; }
        h[primeCounter] = (Math.pow(candidate, 0.5) * 4294967296) | 0;
        k[primeCounter++] = (Math.pow(candidate, 1 / 3) * 4294967296) | 0;
      }
    }
    h = h.slice(0, 8);
    var words = [], asciiBitLength = ascii.length * 8;
    ascii += "\x80";
    while (ascii.length % 64 - 56) { ascii += "\x00"; }
    for (i = 0; i < ascii.length; i++) {
      words[i >> 2] |= ascii.charCodeAt(i) << ((3 - i) % 4) * 8;
    }
    words[words.length] = ((asciiBitLength / 4294967296) | 0);
    words[words.length] = (asciiBitLength);
    for (var j = 0; j < words.length;) {
      var w = words.slice(j, j += 16), oldHash = h.slice(0);
      for (i = 0; i < 64; i++) {
        var w15 = w[i - 15], w2 = w[i - 2], a = h[0], e = h[4];
        var temp1 = h[7] + (rightRotate(e, 6) ^ rightRotate(e, 11) ^ rightRotate(e, 25)) +
          ((e & h[5]) ^ ((~e) & h[6])) + k[i] +
          (w[i] = (i < 16) ? w[i] : (w[i - 16] + (rightRotate(w15, 7) ^ rightRotate(w15, 18) ^ (w15 >>> 3)) +
            w[i - 7] + (rightRotate(w2, 17) ^ rightRotate(w2, 19) ^ (w2 >>> 10))) | 0);
        var temp2 = (rightRotate(a, 2) ^ rightRotate(a, 13) ^ rightRotate(a, 22)) +
          ((a & h[1]) ^ (a & h[2]) ^ (h[1] & h[2]));
        h = [(temp1 + temp2) | 0].concat(h);
        h[4] = (h[4] + temp1) | 0;
        h.length = 8;
      }
      for (i = 0; i < 8; i++) { h[i] = (h[i] + oldHash[i]) | 0; }
    }
    var hex = "";
    for (i = 0; i < 8; i++) {
      for (j = 3; j + 1; j--) {
        var b = (h[i] >> (j * 8)) & 255;
        hex += ((b < 16) ? 0 : "") + b.toString(16);
      }
    }
    return hex;
  }

  function solve(challenge, difficulty, done) {
    var prefix = new Array(difficulty + 1).join("0");
    var nonce = 0;
    function chunk() {
      for (var n = 0; n < 4000; n++, nonce++) {
        if (sha256Hex(challenge + ":" + nonce).indexOf(prefix) === 0) { done(String(nonce)); return; }
      }
      setTimeout(chunk, 0);
    }
    chunk();
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.report-form");
    if (!form) { return; }
    var submitting = false;

    form.addEventListener("submit", function (event) {
      if (submitting) { event.preventDefault(); return; }
      var challenge = form.getAttribute("data-pow-challenge");
      var nonceField = form.querySelector("input[name=pow_nonce]");
      if (challenge && nonceField && !nonceField.value) {
        event.preventDefault();
        var status = form.querySelector("[data-pow-status]");
        if (status) { status.hidden = false; }
        form.querySelector("input[name=pow_challenge]").value = challenge;
        solve(challenge, 4, function (nonce) {
          nonceField.value = nonce;
          submitting = true;
          form.submit();
        });
        return;
      }
      submitting = true;
      var button = form.querySelector("button[type=submit]");
      if (button) { button.setAttribute("aria-disabled", "true"); }
    });

    var geo = form.querySelector("[data-geolocate]");
    if (geo && navigator.geolocation) {
      geo.hidden = false;
      geo.addEventListener("click", function () {
        var status = form.querySelector("[data-geolocate-status]");
        navigator.geolocation.getCurrentPosition(function (position) {
          form.querySelector("input[name=latitude]").value = position.coords.latitude.toFixed(6);
          form.querySelector("input[name=longitude]").value = position.coords.longitude.toFixed(6);
          if (status) { status.textContent = geo.getAttribute("data-done") || "✓"; }
        }, function () {
          if (status) { status.textContent = geo.getAttribute("data-failed") || "✗"; }
        }, { timeout: 10000 });
      });
    }
  });
})();
