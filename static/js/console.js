// The moderation console's review page: keyboard shortcuts and opening a file at a line.
// j / k next and previous item, a approve, r reject (focus the reason), ? help.
(function () {
  "use strict";

  function openTarget() {
    if (!location.hash) return;
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!target) return;
    var details = target.closest("details");
    if (details && !details.open) details.open = true;
    target.scrollIntoView({ block: "center" });
  }

  function typing(event) {
    var el = event.target;
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.addEventListener("DOMContentLoaded", function () {
    var review = document.querySelector("[data-review]");
    if (!review) return;
    openTarget();
    window.addEventListener("hashchange", openTarget);
    var help = document.querySelector("[data-help]");
    var toggle = document.querySelector("[data-help-toggle]");
    if (toggle && help) toggle.addEventListener("click", function () { help.hidden = !help.hidden; });
    var approve = document.getElementById("approve-button");
    if (approve) {
      approve.form.addEventListener("submit", function (event) {
        var question = approve.getAttribute("data-confirm");
        if (question && !window.confirm(question)) event.preventDefault();
      });
    }
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
      var key = event.key;
      if (key === "j" && review.dataset.next) { location.href = review.dataset.next; }
      else if (key === "k" && review.dataset.previous) { location.href = review.dataset.previous; }
      else if (key === "a" && approve) { event.preventDefault(); approve.form.requestSubmit(approve); }
      else if (key === "r") {
        var reason = document.getElementById("reject-reason");
        if (reason) { event.preventDefault(); reason.focus(); }
      }
      else if (key === "?" && help) { help.hidden = !help.hidden; }
      else if (key === "Escape" && help) { help.hidden = true; }
    });
  });
})();
