// factlint review: the reviewer's name is typed once, in the page's header,
// remembered in this browser (localStorage) and sent with every decision.
// Without this script the forms still work, with the name the server knows.
(function () {
  "use strict";
  var KEY = "factlint.reviewer";
  var who = document.getElementById("reviewer");
  if (!who) {
    return;
  }
  var saved = null;
  try {
    saved = window.localStorage.getItem(KEY);
  } catch (e) {
    saved = null;
  }
  if (saved) {
    who.value = saved;
  }
  who.addEventListener("input", function () {
    who.setCustomValidity("");
    try {
      window.localStorage.setItem(KEY, who.value.trim());
    } catch (e) {
      // Storage refused (private mode): the name lasts until the page closes.
    }
  });
  // Ticking any box of a form clears the complaint left on its first one.
  Array.prototype.forEach.call(document.querySelectorAll("input[name=wrong]"), function (b) {
    b.addEventListener("change", function () {
      var all = b.form ? b.form.querySelectorAll("input[name=wrong]") : [b];
      Array.prototype.forEach.call(all, function (x) {
        x.setCustomValidity("");
      });
    });
  });
  var forms = document.querySelectorAll("form.decide");
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener("submit", function (event) {
      var name = who.value.trim();
      if (!name) {
        event.preventDefault();
        who.setCustomValidity("Type your name here: it is recorded with each decision.");
        who.reportValidity();
        who.focus();
        return;
      }
      // Confirming names the wrong source: at least one box ticked.
      var boxes = form.querySelectorAll("input[name=wrong]");
      var ticked = Array.prototype.some.call(boxes, function (b) {
        return b.checked;
      });
      if (boxes.length && !ticked) {
        event.preventDefault();
        boxes[0].setCustomValidity("Tick the source (or sources) that are wrong.");
        boxes[0].reportValidity();
        return;
      }
      Array.prototype.forEach.call(boxes, function (b) {
        b.setCustomValidity("");
      });
      var field = form.elements.namedItem("reviewer");
      if (field) {
        field.value = name;
      }
    });
  });
})();
