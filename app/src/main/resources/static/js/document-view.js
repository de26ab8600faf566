/*
 * A formal document's page (/documents/{id}, documents.web.DocumentView): the print button prints the page; the
 * print stylesheet hides the bar. Loaded as a file: the page's CSP allows no inline script.
 */
(function () {
  'use strict';

  function start() {
    var button = document.getElementById('document-print');
    if (button) {
      button.addEventListener('click', function () {
        window.print();
      });
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
