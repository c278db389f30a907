// Runs before the first paint (a plain script in the head: nothing to wait for). It wears the
// disguise chosen in Settings from the first moment: the tab's title, a blank icon until the
// app draws the matching one, the disguise's own manifest (read by the browser only later),
// and no app name on the page. It also sends the first paint's Quick exit link, before the
// app has loaded, to the exit page chosen in Settings, replacing this page as the app does.
// src/app/disguise.ts and src/app/exitMemory.ts keep the same storage keys. Served as /tab.js,
// minified by the build (vite.config.ts).
(function () {
  var DISGUISES = { Notes: 'notes', Calendar: 'calendar', Weather: 'weather', Recipes: 'recipes' };
  var root = document.documentElement;
  var title = null;
  var exitUrl = null;
  try {
    title = localStorage.getItem('keel.tab');
    exitUrl = localStorage.getItem('keel.exit');
  } catch {
    // Storage off: the app sets the title once it runs; the link keeps the default page.
  }
  if (exitUrl && !/^https:\/\/[^\s@]+$/.test(exitUrl)) exitUrl = null;

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
      var name = DISGUISES[title] || 'page';
      manifest.setAttribute('href', '/manifest-' + name + '.webmanifest');
    }
  }

  function shellLink() {
    return document.getElementById('quick-exit-link');
  }
  function leave() {
    var link = shellLink();
    root.classList.add('exiting');
    document.title = 'New Tab';
    location.replace(exitUrl || (link && link.href) || 'https://www.bbc.com/weather');
  }
  // Only while the first paint's link is there: once the app runs, it answers these itself.
  document.addEventListener('click', function (event) {
    var link = shellLink();
    if (!link || !(event.target instanceof Node) || !link.contains(event.target)) return;
    if (event.button !== 0 || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    leave();
  });
  var shifts = 0;
  var lastShift = 0;
  var alone = false;
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') {
      if (!event.repeat) alone = true;
    } else {
      alone = false;
      shifts = 0;
    }
  });
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift' || !alone || !shellLink()) return;
    alone = false;
    shifts = event.timeStamp - lastShift > 5000 ? 1 : shifts + 1;
    lastShift = event.timeStamp;
    if (shifts >= 3) leave();
  });
  // 'interactive' comes as soon as the page is parsed, before the app's script runs.
  document.addEventListener('readystatechange', function () {
    if (document.readyState !== 'interactive') return;
    var link = shellLink();
    if (link && exitUrl) link.href = exitUrl;
    if (root.classList.contains('disguised')) {
      var brand = document.querySelector('.brand');
      if (brand) brand.textContent = '';
    }
  });
})();
