// Buttons with data-insert put a sentence into the field named by data-target (once), e.g. the E.1.1 and
// E.1.2 sentences of the consultation note.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-insert]');
  if (!button) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-target'));
  var text = button.getAttribute('data-insert');
  if (field.value.indexOf(text) < 0) {
    field.value = field.value.trim() ? field.value.trim() + ' ' + text : text;
  }
  field.focus();
  var status = document.getElementById(button.getAttribute('data-target') + '-status');
  if (status) {
    status.textContent = button.getAttribute('data-done');
  }
});

// The header's menu on a narrow screen: a disclosure button (hidden until this script runs, so that without script
// the menu simply shows) that folds and unfolds the navigation; Escape folds it again and returns to the button.
(function () {
  var toggle = document.querySelector('.menu-toggle');
  if (!toggle) {
    return;
  }
  var menu = document.getElementById(toggle.getAttribute('aria-controls'));
  toggle.hidden = false;
  toggle.addEventListener('click', function () {
    toggle.setAttribute('aria-expanded', toggle.getAttribute('aria-expanded') === 'true' ? 'false' : 'true');
  });
  menu.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true'
        && getComputedStyle(toggle).display !== 'none') {
      toggle.setAttribute('aria-expanded', 'false');
      toggle.focus();
    }
  });
})();
