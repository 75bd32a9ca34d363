/*
 * Corridor's small enhancements. Every page works without them: the navigation is then always open,
 * and nothing else depends on script.
 *
 * Loaded in <head> without defer so the "js" class is on <html> before the first paint; on phones the
 * collapsed navigation then never flashes open. The rest waits for the document.
 */
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  function setUpNavigation() {
    var toggle = document.querySelector('.nav-toggle');
    var nav = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
    if (!nav) {
      return;
    }
    function isOpen() {
      return toggle.getAttribute('aria-expanded') === 'true';
    }
    function setOpen(open) {
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      nav.classList.toggle('is-open', open);
    }
    setOpen(false);
    toggle.addEventListener('click', function () {
      setOpen(!isOpen());
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && isOpen()) {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  /* The server does not know which nav entry the page belongs to; the address does. */
  function markCurrentPage() {
    var here = window.location.pathname;
    var best = null;
    var links = document.querySelectorAll('.site-nav a[href]');
    for (var i = 0; i < links.length; i++) {
      var path = links[i].pathname;
      var matches = here === path || (!path.endsWith('/') && here.indexOf(path + '/') === 0);
      if (matches && (best === null || path.length > best.pathname.length)) {
        best = links[i];
      }
    }
    if (best !== null) {
      best.setAttribute('aria-current', 'page');
    }
  }

  /* The error summary takes focus so screen readers announce it and keyboard users start there. */
  function focusOnLoad(root) {
    var target = root.matches && root.matches('[data-focus-on-load]') ? root : root.querySelector('[data-focus-on-load]');
    if (target === null) {
      return;
    }
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  }

  /* A table wider than the phone scrolls sideways; keyboard users need to reach it to scroll it. */
  function makeScrollingTablesReachable(root) {
    var wrappers = root.querySelectorAll('.table-scroll');
    for (var i = 0; i < wrappers.length; i++) {
      var wrapper = wrappers[i];
      if (wrapper.scrollWidth > wrapper.clientWidth) {
        if (!wrapper.hasAttribute('tabindex')) {
          wrapper.setAttribute('tabindex', '0');
          wrapper.setAttribute('role', 'region');
          var name = tableName(wrapper);
          if (name) {
            wrapper.setAttribute('aria-label', name);
          }
        }
      } else if (wrapper.getAttribute('tabindex') === '0') {
        wrapper.removeAttribute('tabindex');
        wrapper.removeAttribute('role');
        wrapper.removeAttribute('aria-label');
      }
    }
  }

  function tableName(wrapper) {
    var caption = wrapper.querySelector('caption');
    if (caption) {
      return caption.textContent.trim();
    }
    var headings = document.querySelectorAll('h1, h2, h3');
    var name = '';
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].compareDocumentPosition(wrapper) & Node.DOCUMENT_POSITION_FOLLOWING) {
        name = headings[i].textContent.trim();
      }
    }
    return name;
  }

  /*
   * A meeting's own operation is chosen above; it is not offered again among the other operations taking part.
   * Without script the server leaves it out where the operation is fixed and ignores it where it was chosen.
   */
  function hideOwnOperationAmongOthers() {
    var own = document.getElementById('operationId');
    var others = document.querySelectorAll('[data-other-operation]');
    if (!own || own.tagName !== 'SELECT' || others.length === 0) {
      return;
    }
    function update() {
      others.forEach(function (choice) {
        var isOwn = choice.getAttribute('data-other-operation') === own.value;
        choice.hidden = isOwn;
        if (isOwn) {
          choice.querySelector('input').checked = false;
        }
      });
    }
    own.addEventListener('change', update);
    update();
  }

  /*
   * A list's filters are folded behind "Filters" so that on a phone the list starts on the first screen; on a wide
   * screen there is room for them, so they are unfolded. Without script they stay folded unless a filter is set.
   */
  function unfoldFiltersOnWideScreens() {
    if (!window.matchMedia('(min-width: 48em)').matches) {
      return;
    }
    var folds = document.querySelectorAll('details.filters-fold');
    for (var i = 0; i < folds.length; i++) {
      folds[i].open = true;
    }
  }

  function enhance(root) {
    focusOnLoad(root);
    makeScrollingTablesReachable(root);
  }

  document.addEventListener('DOMContentLoaded', function () {
    setUpNavigation();
    markCurrentPage();
    hideOwnOperationAmongOthers();
    unfoldFiltersOnWideScreens();
    enhance(document);
    var resizing = null;
    window.addEventListener('resize', function () {
      window.clearTimeout(resizing);
      resizing = window.setTimeout(function () {
        makeScrollingTablesReachable(document);
      }, 150);
    });
  });

  /* Content swapped in by htmx gets the same treatment as a freshly loaded page. */
  document.addEventListener('htmx:load', function (event) {
    if (event.detail && event.detail.elt && event.detail.elt !== document.body) {
      enhance(event.detail.elt);
    }
  });
})();
