// The portal's language (vi by default, en on request), kept across pages.
// A classic script in <head>, so <html lang> is right before the first paint:
// the page's texts switch by CSS (`[data-l]`), and the dvc-kit widgets follow
// <html lang> on their own. No inline script: the page's CSP forbids it.
(function () {
  'use strict';
  var KEY = 'dvc-demo-lang';
  var root = document.documentElement;

  function stored() {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  }

  function applyTitle() {
    var title = root.getAttribute('data-title-' + root.lang);
    if (title) document.title = title;
  }

  function setLanguage(lang) {
    root.lang = lang;
    try {
      localStorage.setItem(KEY, lang);
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
    applyTitle();
  }

  // Scripts run: the language button (hidden without them) keeps its place from the first paint.
  root.classList.add('js');
  var initial = stored();
  if (initial === 'en' || initial === 'vi') root.lang = initial;
  applyTitle();
  // Pages that change their title (the dossier page, with its code) ask again.
  document.addEventListener('demo:title', applyTitle);

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('lang-switch');
    if (!button) return;
    // The button names the other language, in that language ("English" / "Tiếng Việt").
    button.addEventListener('click', function () {
      setLanguage(root.lang === 'en' ? 'vi' : 'en');
    });
  });
})();
