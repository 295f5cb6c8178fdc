// Autocomplete for the speaker field: fills its <datalist> with the names,
// roles and mentions the store knows (GET data-suggest?prefix=...).
// Options are built with the DOM API (value and label properties), never
// from HTML strings, so a name cannot inject markup.
(function () {
  "use strict";
  const input = document.getElementById("speaker");
  const list = document.getElementById("speaker-list");
  if (!input || !list || !input.dataset.suggest) return;
  let timer = null;
  let asked = "";

  async function refresh() {
    const prefix = input.value.trim();
    if (prefix.length < 2 || prefix === asked) return;
    asked = prefix;
    try {
      const response = await fetch(input.dataset.suggest + "?prefix=" + encodeURIComponent(prefix));
      if (!response.ok || input.value.trim() !== prefix) return;
      const data = await response.json();
      list.replaceChildren(...data.suggestions.map(function (s) {
        const option = document.createElement("option");
        option.value = s.text;
        option.label = s.kind;
        return option;
      }));
    } catch (err) {
      asked = "";  // the server went away: try again on the next keystroke
    }
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 150);
  });
})();
