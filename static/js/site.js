/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  function csrfToken() {
    var input = document.querySelector('input[name="csrfmiddlewaretoken"]');
    if (input) return input.value;
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function recordCopy(url) {
    if (!url) return;
    var body = new URLSearchParams();
    body.set("kind", "copy");
    fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrfToken() },
      keepalive: true
    }).catch(function () { /* counting is best effort */ });
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function setupCopyButtons() {
    var buttons = document.querySelectorAll("button[data-copy]");
    buttons.forEach(function (button) {
      var target = document.getElementById(button.getAttribute("data-copy"));
      if (!target) return;
      button.hidden = false;
      var label = button.querySelector("span");
      // The words come from the page, in its language (data-label-* attributes).
      var idle = label ? label.textContent : "";
      button.addEventListener("click", function () {
        var text = target.textContent;
        var copy = navigator.clipboard && window.isSecureContext
          ? navigator.clipboard.writeText(text)
          : fallbackCopy(text);
        copy.then(function () {
          button.classList.add("copied");
          if (label) label.textContent = button.getAttribute("data-label-copied") || idle;
          recordCopy(button.getAttribute("data-event-url"));
          window.setTimeout(function () {
            button.classList.remove("copied");
            if (label) label.textContent = idle;
          }, 2000);
        }, function () {
          if (label) label.textContent = button.getAttribute("data-label-failed") || idle;
        });
      });
    });
  }

  function setupAutoSubmit() {
    document.querySelectorAll("form[data-autosubmit] .filters select").forEach(function (select) {
      select.addEventListener("change", function () {
        if (select.form.requestSubmit) select.form.requestSubmit(); else select.form.submit();
      });
    });
  }

  /* A GET form leaves its empty fields out of the URL (?q=pdf, not ?q=pdf&tag=&license=…). */
  function setupCleanQueries() {
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (!form || (form.method || "get").toLowerCase() !== "get") return;
      var emptied = [];
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && !field.disabled && field.type !== "submit" && !String(field.value).trim()) {
          field.disabled = true;
          emptied.push(field);
        }
      });
      window.setTimeout(function () {
        emptied.forEach(function (field) { field.disabled = false; });
      }, 0);
    });
  }

  function setupSlashToSearch() {
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      var active = document.activeElement;
      if (active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) return;
      var box = document.querySelector('input[type="search"]');
      if (box) { event.preventDefault(); box.focus(); }
    });
  }

  function init() {
    setupCopyButtons();
    setupAutoSubmit();
    setupCleanQueries();
    setupSlashToSearch();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
