// Runs before the app loads (a plain script: nothing to wait for). When a tab title was
// chosen in Settings, the tab wears it from the first moment, with a blank icon until the
// app draws the matching one (src/app/disguise.ts keeps the same storage key).
(function () {
  try {
    var title = localStorage.getItem('keel.tab');
    if (!title || title === 'Keel') return;
    document.title = title;
    var links = document.querySelectorAll('link[rel="icon"]');
    for (var i = 0; i < links.length; i++) links[i].remove();
    var blank = document.createElement('link');
    blank.rel = 'icon';
    blank.href = 'data:,';
    document.head.appendChild(blank);
  } catch {
    // Storage off: the app sets the title once it runs.
  }
})();
