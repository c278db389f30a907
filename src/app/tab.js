// Runs before the first paint (a plain script in the head: nothing to wait for). It wears the
// disguise chosen in Settings from the first moment: the tab's title, a blank icon until the
// app draws the matching one, the disguise's own manifest (read by the browser only later),
// and no app name on the page. It also sends the first paint's Quick exit link, before the
// app has loaded, to the exit page chosen in Settings, replacing this page as the app does.
// (Shift three times waits for the app: every byte here counts toward the first screen.)
// src/lib/disguise.ts and src/state/exitMemory.ts keep the same storage keys. Served as /tab.js,
// minified by the build (vite.config.ts).
(function () {
  var root = document.documentElement;
  var title = null;
  var exitUrl = null;
  var lang = null;
  try {
    title = localStorage.getItem('keel.tab');
    exitUrl = localStorage.getItem('keel.exit');
    lang = localStorage.getItem('keel.lang');
  } catch {
    // Storage off: the app sets the title once it runs; the link keeps the default page.
  }
  if (exitUrl && !/^https:\/\/[^\s@]+$/.test(exitUrl)) exitUrl = null;
  // The first paint speaks the app's language (as src/lib/i18n/remembered.ts chooses it): the
  // choice kept in keel.lang, else the first of the browser's languages Keel speaks.
  if (lang !== 'en' && lang !== 'es') {
    lang = 'en';
    var tags = navigator.languages || [navigator.language || ''];
    for (var j = 0; j < tags.length; j++) {
      var base = String(tags[j]).toLowerCase().split('-')[0];
      if (base === 'en' || base === 'es') {
        lang = base;
        break;
      }
    }
  }
  root.lang = lang;

  // The first screens' words in that language (src/ui/i18n/messages/first.*.ts), fetched now,
  // beside the app's script, rather than once that script has run. The build writes their
  // files here; served unbuilt (vite dev) the list is empty and the app fetches them itself.
  var words = /* first screens' words */ {};
  if (words[lang]) {
    var preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = words[lang];
    document.head.appendChild(preload);
  }

  if (title && title !== 'Keel') {
    document.title = title;
    root.classList.add('disguised');
    var links = document.querySelectorAll('link[rel="icon"]');
    for (var i = 0; i < links.length; i++) links[i].remove();
    var blank = document.createElement('link');
    blank.rel = 'icon';
    blank.href = 'data:,';
    document.head.appendChild(blank);
    var manifest = document.querySelector('link[rel="manifest"]');
    if (manifest) {
      var name = /^(Notes|Calendar|Weather|Recipes)$/.test(title) ? title.toLowerCase() : 'page';
      manifest.setAttribute('href', '/manifest-' + name + '.webmanifest');
    }
  }

  function shellLink() {
    return document.getElementById('quick-exit-link');
  }
  // Only while the first paint's link is there: once the app runs, it answers clicks itself.
  document.addEventListener('click', function (event) {
    var link = shellLink();
    if (!link || !(event.target instanceof Node) || !link.contains(event.target)) return;
    if (event.button !== 0 || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    root.classList.add('exiting');
    document.title = 'New Tab';
    location.replace(exitUrl || link.href);
  });
  // 'interactive' comes as soon as the page is parsed, before the app's script runs.
  document.addEventListener('readystatechange', function () {
    if (document.readyState !== 'interactive') return;
    var link = shellLink();
    if (link && exitUrl) link.href = exitUrl;
    if (lang === 'es') {
      // The shell's two texts; the app's own come from its catalogue (shell.es.ts).
      if (link) link.textContent = 'Salida rápida';
      var opening = document.querySelector('#root .center');
      if (opening) opening.textContent = 'Abriendo…';
    }
    if (root.classList.contains('disguised')) {
      var brand = document.querySelector('.brand');
      if (brand) brand.textContent = '';
    }
  });
})();
