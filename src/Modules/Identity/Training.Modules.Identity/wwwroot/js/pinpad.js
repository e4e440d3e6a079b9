// Turns the PIN field of a learner sign-in form into a large on-screen pad for touch screens.
// Without this script the plain PIN field still works; with it, the tablet's own keyboard stays
// closed and the PIN is entered through the pad (or a physical keyboard's digits).
(function () {
  'use strict';

  document.querySelectorAll('[data-pin-form]').forEach(function (form) {
    var input = form.querySelector('[data-pin-input]');
    var pad = form.querySelector('[data-pinpad]');
    if (!input || !pad) {
      return;
    }

    var dots = pad.querySelectorAll('[data-pin-dots] span');
    var max = input.maxLength > 0 ? input.maxLength : dots.length;

    function show() {
      dots.forEach(function (dot, i) {
        dot.classList.toggle('filled', i < input.value.length);
      });
    }

    function type(digit) {
      if (input.value.length < max) {
        input.value += digit;
        show();
      }
    }

    function erase() {
      input.value = input.value.slice(0, -1);
      show();
    }

    input.readOnly = true;
    input.setAttribute('inputmode', 'none');
    input.tabIndex = -1;
    input.classList.add('pin-replaced');
    pad.hidden = false;

    pad.addEventListener('click', function (event) {
      var key = event.target.closest('button');
      if (!key) {
        return;
      }
      if (key.hasAttribute('data-digit')) {
        type(key.getAttribute('data-digit'));
      } else if (key.hasAttribute('data-pin-delete')) {
        erase();
      } else if (key.hasAttribute('data-pin-clear')) {
        input.value = '';
        show();
      }
    });

    form.addEventListener('keydown', function (event) {
      var target = event.target;
      if (target !== input && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) {
        return;
      }
      if (/^[0-9]$/.test(event.key)) {
        type(event.key);
        event.preventDefault();
      } else if (event.key === 'Backspace') {
        erase();
        event.preventDefault();
      }
    });

    show();
  });
})();
