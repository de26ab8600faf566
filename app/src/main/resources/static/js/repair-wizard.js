/*
 * Credit-repair wizard (templates/portal/repair-apply.html). Without this script the form posts as usual and the
 * server checks everything. With it: each chosen file is checked against the size limit before anything is sent
 * (the server refuses larger files with 413 anyway), the confirmation step lists the chosen files, the submission
 * asks once more (it cannot be withdrawn), and the upload shows its progress. The server's answer is shown as it
 * comes: the new repair's status page, or the wizard again with the refusal explained and the statement kept.
 */
(function () {
  'use strict';

  function formatSize(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function init() {
    var wizard = document.getElementById('repair-wizard');
    var form = document.getElementById('repair-form');
    if (!wizard || !form) {
      return;
    }
    var maxBytes = parseInt(wizard.getAttribute('data-max-bytes'), 10) || 0;
    var summary = document.getElementById('repair-summary');
    var clientError = document.getElementById('repair-client-error');
    var inputs = Array.prototype.slice.call(form.querySelectorAll('input[type=file]'));

    function fieldError(input) {
      return document.getElementById(input.id + '-error');
    }

    function tooLarge(input) {
      return input.files.length > 0 && maxBytes > 0 && input.files[0].size > maxBytes;
    }

    function check(input) {
      var error = fieldError(input);
      if (tooLarge(input)) {
        error.textContent = form.getAttribute('data-too-large');
        input.classList.add('is-invalid');
        input.setAttribute('aria-invalid', 'true');
        return false;
      }
      if (input.classList.contains('is-invalid') && input.files.length > 0) {
        error.textContent = '';
        input.classList.remove('is-invalid');
        input.removeAttribute('aria-invalid');
      }
      return true;
    }

    function updateSummary() {
      var chosen = inputs.filter(function (input) { return input.files.length > 0; });
      summary.textContent = '';
      if (chosen.length === 0) {
        summary.textContent = summary.getAttribute('data-none');
        return;
      }
      var list = document.createElement('ul');
      list.className = 'mb-0';
      chosen.forEach(function (input) {
        var label = form.querySelector('label[for="' + input.id + '"]');
        var item = document.createElement('li');
        item.textContent = (label ? label.textContent : input.name) + '：' + input.files[0].name
          + '（' + formatSize(input.files[0].size) + '）';
        list.appendChild(item);
      });
      summary.appendChild(list);
    }

    inputs.forEach(function (input) {
      input.addEventListener('change', function () {
        check(input);
        updateSummary();
      });
    });
    updateSummary();

    form.addEventListener('submit', function (event) {
      clientError.hidden = true;
      var allFit = inputs.map(check).every(Boolean);
      if (!allFit) {
        event.preventDefault();
        inputs.filter(tooLarge)[0].focus();
        return;
      }
      if (!window.confirm(form.getAttribute('data-confirm-message'))) {
        event.preventDefault();
        return;
      }
      if (!window.FormData || !window.XMLHttpRequest) {
        return; // an ordinary post
      }
      event.preventDefault();
      send(form);
    });
  }

  function send(form) {
    var progress = document.getElementById('repair-progress');
    var bar = document.getElementById('repair-progress-bar');
    var text = document.getElementById('repair-progress-text');
    var submit = document.getElementById('repair-submit');
    var clientError = document.getElementById('repair-client-error');
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.setRequestHeader('Accept', 'text/html');
    var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    var csrfToken = document.querySelector('meta[name="_csrf"]');
    if (csrfHeader && csrfToken) {
      request.setRequestHeader(csrfHeader.content, csrfToken.content);
    }
    progress.hidden = false;
    submit.disabled = true;
    request.upload.addEventListener('progress', function (event) {
      if (event.lengthComputable) {
        var percent = Math.round(event.loaded * 100 / event.total);
        bar.value = percent;
        text.textContent = percent + '%';
      }
    });
    request.addEventListener('load', function () {
      var answer = new DOMParser().parseFromString(request.responseText, 'text/html');
      var wizard = answer.getElementById('repair-wizard');
      if (request.status >= 200 && request.status < 300 && !wizard) {
        // the redirect to the new repair's status page was followed: show it at its own address
        window.location.replace(request.responseURL);
        return;
      }
      if (wizard) {
        // the wizard again, the refusal explained and the statement kept: the chosen files must be chosen again
        document.getElementById('repair-wizard').replaceWith(document.adoptNode(wizard));
        init();
        var error = document.getElementById('repair-error') || document.getElementById('repair-field-errors');
        if (error) {
          error.setAttribute('tabindex', '-1');
          error.focus();
        }
        return;
      }
      failed(form, clientError, submit, progress, request.status);
    });
    request.addEventListener('error', function () {
      failed(form, clientError, submit, progress, 0);
    });
    request.send(new FormData(form));
  }

  function failed(form, clientError, submit, progress, status) {
    clientError.textContent = (status === 413 ? form.getAttribute('data-too-large') : form.getAttribute('data-failed'))
      + (status ? ' (HTTP ' + status + ')' : '');
    clientError.hidden = false;
    submit.disabled = false;
    progress.hidden = true;
  }

  init();
}());
