/*
 * Workspace pages (/work). No inline scripts (CSP): everything is wired here from data attributes.
 *  - Task forms (form[data-confirm]): completing a task is irreversible, so the caseworker confirms once more before
 *    the form is sent; the comment is marked required while an outcome that needs reasons is chosen
 *    (data-reason-outcomes). The server checks both again. A field that belongs to one outcome
 *    ([data-for-outcome], e.g. the months of an extension) is shown and required only while that outcome is chosen
 *    (without script it is always shown; the server checks).
 *  - Other irreversible forms (form.app-confirm-form[data-confirm], e.g. the request for supplementary evidence)
 *    ask once more before they are sent.
 *  - Record form (#record-form): shows the measures of every domain and those of the chosen domain; a measure of
 *    another domain is unticked when the domain changes (without script the whole catalogue is shown; the server
 *    checks).
 */
(function () {
  'use strict';

  function setUpTaskForm(form) {
    var reasonOutcomes = (form.getAttribute('data-reason-outcomes') || '').split(',').filter(Boolean);
    var comment = form.querySelector('textarea[name="comment"]');

    function chosenOutcome() {
      var checked = form.querySelector('input[name="outcome"]:checked');
      return checked ? checked.value : null;
    }

    function markCommentRequirement() {
      if (!comment) {
        return;
      }
      var needed = reasonOutcomes.indexOf(chosenOutcome()) >= 0;
      comment.required = needed;
      comment.setAttribute('aria-required', needed ? 'true' : 'false');
    }

    function showOutcomeFields() {
      var chosen = chosenOutcome();
      Array.prototype.forEach.call(form.querySelectorAll('[data-for-outcome]'), function (field) {
        var active = field.getAttribute('data-for-outcome') === chosen;
        field.hidden = !active;
        Array.prototype.forEach.call(field.querySelectorAll('input, select, textarea'), function (input) {
          input.required = active;
          input.disabled = !active;
        });
      });
    }

    form.addEventListener('change', function (event) {
      if (event.target && event.target.name === 'outcome') {
        markCommentRequirement();
        showOutcomeFields();
      }
    });
    markCommentRequirement();
    showOutcomeFields();

    form.addEventListener('submit', function (event) {
      var message = form.getAttribute('data-confirm');
      if (message && !window.confirm(message)) {
        event.preventDefault();
      }
    });
  }

  function setUpConfirmForm(form) {
    form.addEventListener('submit', function (event) {
      var message = form.getAttribute('data-confirm');
      if (message && !window.confirm(message)) {
        event.preventDefault();
      }
    });
  }

  function setUpRecordForm(form) {
    var domain = form.querySelector('select[name="domain"]');
    var measures = Array.prototype.slice.call(form.querySelectorAll('.app-measure'));
    var chooseDomain = form.querySelector('#measures-choose-domain');
    if (!domain || measures.length === 0) {
      return;
    }

    function applies(measure, chosen) {
      var own = measure.getAttribute('data-domain');
      return own === 'ALL' || own === chosen;
    }

    function show() {
      var chosen = domain.value;
      measures.forEach(function (measure) {
        var box = measure.querySelector('input[type="checkbox"]');
        var visible = applies(measure, chosen);
        measure.hidden = !visible;
        if (!visible && box) {
          box.checked = false;
        }
      });
      if (chooseDomain) {
        chooseDomain.hidden = !!chosen;
      }
    }

    domain.addEventListener('change', show);
    show();
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('form.app-task-form[data-confirm]'), setUpTaskForm);
    Array.prototype.forEach.call(document.querySelectorAll('form.app-confirm-form[data-confirm]'), setUpConfirmForm);
    var record = document.getElementById('record-form');
    if (record) {
      setUpRecordForm(record);
    }
    var errors = document.getElementById('record-errors');
    if (errors) {
      errors.focus();
    }
  });
}());
