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
