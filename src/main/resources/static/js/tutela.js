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

// A form that comes back with errors: its summary lists them in the order of the fields on the page (rules are
// checked in another order), and it takes the focus and scrolls into view, so that a screen reader announces it and
// a sighted user sees it, after every failed save.
function showErrorSummary(root) {
  var summary = root.querySelector('.error-summary');
  if (!summary) {
    return;
  }
  var list = summary.querySelector('ul');
  if (list) {
    var items = Array.prototype.slice.call(list.children);
    var position = function (item) {
      var link = item.querySelector('a[href^="#"]');
      return link ? document.getElementById(link.getAttribute('href').substring(1)) : null;
    };
    items.sort(function (a, b) {
      var x = position(a), y = position(b);
      if (!x || !y) {
        return x ? 1 : y ? -1 : 0; // errors of the whole form first
      }
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    items.forEach(function (item) { list.appendChild(item); });
  }
  summary.scrollIntoView({block: 'start'});
  summary.focus({preventScroll: true});
}
document.addEventListener('DOMContentLoaded', function () { showErrorSummary(document); });
document.addEventListener('htmx:afterSwap', function (event) { showErrorSummary(event.detail.target); });
// Searchable pickers (the case's assigned workers, the consulted professional): their search field works through
// htmx, so it shows only where htmx runs; without it the form offers the whole list, or free text. Enter in a search
// field searches at once rather than submitting the form around it.
document.addEventListener('DOMContentLoaded', function () {
  if (!window.htmx) {
    return;
  }
  document.querySelectorAll('[data-picker-search]').forEach(function (element) {
    element.hidden = false;
  });
});
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && event.target.closest && event.target.closest('[data-picker-search]')
      && event.target.matches('input[type=search]')) {
    event.preventDefault();
    if (window.htmx) {
      window.htmx.trigger(event.target, 'search');
    }
  }
});

// A professional found among Tutela's users fills in the consultation's name, role and agency fields.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-fill-professional]');
  if (!button) {
    return;
  }
  document.getElementById('professionalName').value = button.getAttribute('data-name');
  document.getElementById('professionalRole').value = button.getAttribute('data-role');
  var organization = document.getElementById('organizationId');
  if (Array.prototype.some.call(organization.options, function (o) { return o.value === button.getAttribute('data-organization'); })) {
    organization.value = button.getAttribute('data-organization');
  }
  var status = document.getElementById('professional-status');
  if (status) {
    status.textContent = button.getAttribute('data-done');
  }
  document.getElementById('professionalName').focus();
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
// An upload shows its progress: a form with data-upload-progress names its <progress>, which htmx fills as the file
// goes up (the form is sent by htmx, its answer's <main> taking this one's place); without script the form posts.
document.addEventListener('htmx:xhr:progress', function (event) {
  var form = event.detail.elt && event.detail.elt.closest && event.detail.elt.closest('[data-upload-progress]');
  if (!form || !event.detail.lengthComputable) {
    return;
  }
  var bar = document.getElementById(form.getAttribute('data-upload-progress'));
  if (bar) {
    bar.hidden = false;
    bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
  }
});
