// Progressive enhancement only: every page works without this file.
// Search suggestions: turns <input data-suggest="/api/v1/suggest"> into an ARIA 1.2 combobox fed by
// GET /api/v1/suggest?q=&lang= (a JSON array of strings). If the endpoint is missing or fails, the input
// quietly stays a plain search field.
(function () {
  "use strict";

  var MIN_LENGTH = 2;
  var DELAY_MS = 200;
  var counter = 0;

  function enhance(input) {
    var form = input.form;
    var row = input.parentNode;
    if (!form || !row || !window.fetch) {
      return;
    }

    var endpoint = input.getAttribute("data-suggest") || "/api/v1/suggest";
    var listId = input.id + "-suggestions";
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "suggest";
    list.setAttribute("role", "listbox");
    var label = input.labels && input.labels[0];
    if (label) {
      list.setAttribute("aria-label", label.textContent.trim());
    }
    list.hidden = true;

    var status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");

    row.appendChild(list);
    row.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var items = [];
    var active = -1;
    var timer = 0;
    var lastQuery = "";
    var controller = null;

    function teardown() {
      close();
      input.removeAttribute("role");
      input.removeAttribute("aria-autocomplete");
      input.removeAttribute("aria-expanded");
      input.removeAttribute("aria-controls");
      input.removeAttribute("aria-activedescendant");
      input.removeEventListener("input", onInput);
      input.removeEventListener("keydown", onKeyDown);
      input.removeEventListener("blur", close);
      list.remove();
      status.remove();
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      var options = list.children;
      if (active >= 0 && options[active]) {
        options[active].setAttribute("aria-selected", "false");
      }
      active = index;
      if (active >= 0 && options[active]) {
        options[active].setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", options[active].id);
        options[active].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(suggestions) {
      items = suggestions.slice(0, 8);
      list.textContent = "";
      items.forEach(function (text, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = text;
        // mousedown rather than click so the input does not lose focus first.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(index);
        });
        list.appendChild(option);
      });
      active = -1;
      if (items.length === 0) {
        close();
        status.textContent = "";
        return;
      }
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = (input.getAttribute("data-suggest-count") || "{0}").replace("{0}", String(items.length));
    }

    function choose(index) {
      input.value = items[index];
      close();
      form.submit();
    }

    function load(query) {
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      var lang = document.documentElement.lang || "fi";
      var url = endpoint + "?q=" + encodeURIComponent(query) + "&lang=" + encodeURIComponent(lang);
      fetch(url, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
        .then(function (response) {
          if (response.status === 404) {
            teardown(); // No suggestion service on this server: stop asking.
            return null;
          }
          return response.ok ? response.json() : null;
        })
        .then(function (data) {
          if (Array.isArray(data) && input.value.trim() === query) {
            render(data.filter(function (s) { return typeof s === "string"; }));
          }
        })
        .catch(function () { /* Network or parse failure: no suggestions, the form still works. */ });
    }

    function onInput() {
      var query = input.value.trim();
      window.clearTimeout(timer);
      if (query.length < MIN_LENGTH) {
        lastQuery = "";
        close();
        return;
      }
      if (query === lastQuery) {
        return;
      }
      lastQuery = query;
      timer = window.setTimeout(function () { load(query); }, DELAY_MS);
    }

    function onKeyDown(event) {
      var open = !list.hidden && items.length > 0;
      switch (event.key) {
        case "ArrowDown":
          if (items.length > 0) {
            event.preventDefault();
            if (!open) {
              list.hidden = false;
              input.setAttribute("aria-expanded", "true");
            }
            setActive(active + 1 >= items.length ? 0 : active + 1);
          }
          break;
        case "ArrowUp":
          if (open) {
            event.preventDefault();
            setActive(active <= 0 ? items.length - 1 : active - 1);
          }
          break;
        case "Enter":
          if (open && active >= 0) {
            event.preventDefault();
            choose(active);
          }
          break;
        case "Escape":
          if (open) {
            event.preventDefault();
            close();
          }
          break;
        case "Tab":
          close();
          break;
      }
    }

    input.addEventListener("input", onInput);
    input.addEventListener("keydown", onKeyDown);
    input.addEventListener("blur", close);
  }

  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    if (!input.id) {
      input.id = "suggest-" + (++counter);
    }
    enhance(input);
  });
})();
