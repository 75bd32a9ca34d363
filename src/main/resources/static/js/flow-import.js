/*
 * The flow import page with script: uploads the file showing the percent sent, then shows the server's progress
 * (rows read, then checking, then writing) by polling the import's job, and opens the report when it is done.
 * Without script, or if the upload cannot start here, the form posts as usual and the report follows when done.
 */
(function () {
  'use strict';

  function setUp() {
    var form = document.getElementById('flow-import-form');
    var panel = document.getElementById('import-progress');
    if (!form || !panel || !window.XMLHttpRequest || !window.FormData) {
      return;
    }
    var bar = panel.querySelector('progress');
    var status = panel.querySelector('.progress-status');
    var reportLink = panel.querySelector('a');
    var submitting = false;

    function say(key, value) {
      status.textContent = panel.getAttribute('data-' + key.toLowerCase()).replace('{0}', value);
    }

    function number(n) {
      return Number(n).toLocaleString();
    }

    function fallBack(submitter) {
      // The plain post answers with the error summary or the report, as without script.
      submitting = true;
      if (submitter && submitter.name) {
        var hidden = document.createElement('input');
        hidden.type = 'hidden';
        hidden.name = submitter.name;
        hidden.value = submitter.value;
        form.appendChild(hidden);
      }
      form.submit();
    }

    function poll(url) {
      var request = new XMLHttpRequest();
      request.open('GET', url);
      request.setRequestHeader('Accept', 'application/json');
      request.onload = function () {
        if (request.status !== 200) {
          say('failed', '');
          reportLink.hidden = false;
          return;
        }
        var job = JSON.parse(request.responseText);
        if (job.finished) {
          bar.value = 100;
          say('done', '');
          window.location.assign(reportLink.getAttribute('href'));
          return;
        }
        bar.removeAttribute('value'); // the server's work has no known end: an indeterminate bar
        say(job.step || 'READING', number(job.rowsRead));
        window.setTimeout(function () { poll(url); }, 1000);
      };
      request.onerror = function () {
        say('failed', '');
        reportLink.hidden = false;
      };
      request.send();
    }

    form.addEventListener('submit', function (event) {
      var file = form.querySelector('input[type=file]');
      if (submitting || !file || !file.files || file.files.length === 0) {
        return; // nothing to upload: the server's error summary says so
      }
      event.preventDefault();
      var submitter = event.submitter || document.activeElement;
      var data = new FormData(form);
      if (submitter && submitter.name) {
        data.append(submitter.name, submitter.value);
      }
      form.querySelectorAll('button').forEach(function (button) { button.disabled = true; });
      panel.hidden = false;
      bar.value = 0;
      say('upload', 0);
      var request = new XMLHttpRequest();
      request.open('POST', form.getAttribute('data-jobs'));
      request.setRequestHeader('Accept', 'application/json');
      request.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          var percent = Math.floor(100 * e.loaded / e.total);
          bar.value = percent;
          say('upload', percent);
        }
      };
      request.onload = function () {
        if (request.status !== 202) {
          form.querySelectorAll('button').forEach(function (button) { button.disabled = false; });
          panel.hidden = true;
          fallBack(submitter);
          return;
        }
        var job = JSON.parse(request.responseText);
        reportLink.setAttribute('href', form.getAttribute('data-reports') + job.id);
        poll(form.getAttribute('data-jobs') + '/' + job.id);
      };
      request.onerror = function () {
        fallBack(submitter);
      };
      request.send(data);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUp);
  } else {
    setUp();
  }
}());
