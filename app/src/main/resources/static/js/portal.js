/*
 * Enterprise portal: a statement or objection cannot be withdrawn, so its form asks once more before it is sent
 * (the message is in the form's data-confirm-message). The server checks the confirmation checkbox too. Text areas
 * show how many characters are left.
 */
(function () {
  'use strict';

  document.querySelectorAll('form[data-confirm-message]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm-message'))) {
        event.preventDefault();
      }
    });
  });

  document.querySelectorAll('[data-counter-for]').forEach(function (counter) {
    var field = document.getElementById(counter.getAttribute('data-counter-for'));
    if (!field || !field.maxLength || field.maxLength < 0) {
      return;
    }
    var update = function () {
      counter.textContent = '（' + field.value.length + ' / ' + field.maxLength + '）';
    };
    field.addEventListener('input', update);
    update();
  });
}());
