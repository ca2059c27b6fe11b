// Back office progressive enhancement (ADR 0005). Everything works without it.
// 1. Moves focus to the error summary after a failed post, so screen readers announce it.
// 2. Live Markdown preview under textareas marked data-markdown, rendered by the server's sanitiser.
(function () {
  'use strict';
  var summary = document.querySelector('[data-error-summary]');
  if (summary) { summary.focus(); }

  var token = document.querySelector('input[name="__RequestVerificationToken"]');
  if (!token || !window.fetch) { return; }
  document.querySelectorAll('textarea[data-markdown]').forEach(function (area) {
    var preview = document.createElement('div');
    preview.className = 'markdown-preview prose';
    preview.setAttribute('aria-live', 'polite');
    preview.setAttribute('aria-label', 'Esikatselu');
    preview.hidden = true;
    area.insertAdjacentElement('afterend', preview);
    var timer;
    area.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var body = new URLSearchParams();
        body.append('text', area.value);
        body.append('__RequestVerificationToken', token.value);
        fetch('/hallinta/markdown', { method: 'POST', body: body, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.text() : ''; })
          .then(function (html) { preview.innerHTML = html; preview.hidden = html === ''; })
          .catch(function () { preview.hidden = true; });
      }, 400);
    });
  });
})();
