// Progressive enhancement for the search page and the library listings: suggestions
// while typing (search only), and filters that apply as soon as they change. Without
// JavaScript the form works as is.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-suggestions");
  var url = form.getAttribute("data-suggest-url");
  var timer = null;
  var active = -1;

  // Apply a filter as soon as it is ticked; the button stays for keyboard users who prefer it.
  form.querySelectorAll(".facet input[type=checkbox], #sort").forEach(function (control) {
    control.addEventListener("change", function () { form.submit(); });
  });
  if (!input || !list || !url) return; // a listing: no suggestions

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function show(items) {
    list.innerHTML = "";
    items.forEach(function (item, index) {
      var li = document.createElement("li");
      li.id = "suggestion-" + index;
      li.setAttribute("role", "option");
      var link = document.createElement("a");
      link.href = item.url;
      link.textContent = item.label; // text only: never inject HTML
      link.tabIndex = -1;
      var kind = document.createElement("span");
      kind.className = "meta";
      kind.textContent = item.kind === "topic" ? " topic" : "";
      li.appendChild(link);
      li.appendChild(kind);
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", items.length ? "true" : "false");
  }

  function move(step) {
    var options = list.querySelectorAll("[role=option]");
    if (!options.length) return;
    if (active >= 0) options[active].removeAttribute("aria-selected");
    active = (active + step + options.length) % options.length;
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    var value = input.value.trim();
    if (value.length < 2) { close(); return; }
    timer = setTimeout(function () {
      fetch(url + "?q=" + encodeURIComponent(value), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === value) show(data.suggestions || []); })
        .catch(close);
    }, 150);
  });

  input.addEventListener("keydown", function (event) {
    if (list.hidden) return;
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Escape") { event.preventDefault(); close(); } // keep the typed text
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      window.location.href = list.querySelectorAll("[role=option] a")[active].href;
    }
  });
  input.addEventListener("blur", function () { setTimeout(close, 200); });
})();
