/*
 * Shared helpers for pages. Xinyong.csrfHeaders() gives the CSRF header a state-changing fetch() to /api/v1 needs
 * when it rides on the browser session (the layout puts the token in <meta name="_csrf">).
 */
(function () {
  'use strict';

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  window.Xinyong = {
    csrfHeaders: function () {
      var header = meta('_csrf_header');
      var token = meta('_csrf');
      var headers = {};
      if (header && token) {
        headers[header] = token;
      }
      return headers;
    }
  };
}());
