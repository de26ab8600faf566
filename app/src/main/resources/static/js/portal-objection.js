/*
 * Portal objection forms: files are checked as soon as they are chosen (at most data-max-file-bytes each; PDF, JPEG
 * or PNG), so an oversized or wrong file is explained before anything is sent and the text typed stays on the page.
 * The server checks again, by content. The field's custom validity keeps the browser from submitting meanwhile.
 */
(function () {
  'use strict';

  var ACCEPTED = ['application/pdf', 'image/jpeg', 'image/png'];

  document.querySelectorAll('form[data-max-file-bytes]').forEach(function (form) {
    var max = Number(form.getAttribute('data-max-file-bytes'));
    form.querySelectorAll('input[type=file]').forEach(function (input) {
      var feedback = document.getElementById(input.id + '-client-error');
      input.addEventListener('change', function () {
        var problems = [];
        Array.prototype.forEach.call(input.files, function (file) {
          if (file.size > max) {
            problems.push('“' + file.name + '”：' + form.getAttribute('data-too-large-message'));
          } else if (file.type && ACCEPTED.indexOf(file.type) < 0) {
            problems.push('“' + file.name + '”：' + form.getAttribute('data-type-message'));
          }
        });
        var message = problems.join(' ');
        input.setCustomValidity(message);
        input.classList.toggle('is-invalid', problems.length > 0);
        if (feedback) {
          feedback.textContent = message;
        }
      });
    });
  });
}());
