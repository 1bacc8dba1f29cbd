// Keeps the applicant's application page current while screening runs: polls the page's status endpoint
// and reloads when the status moves (fields, findings and the decision then appear). No inline script (CSP).
(function () {
  'use strict';
  var status = document.getElementById('status');
  if (!status || status.dataset.final === 'true') {
    return;
  }
  var url = status.dataset.statusUrl;
  var current = status.dataset.status;
  var screened = ['SCREENED', 'IN_REVIEW'];

  function delay() {
    // fast while the pipeline runs (seconds), slow while people work (a decision takes longer)
    return screened.indexOf(current) >= 0 ? 15000 : 2000;
  }

  function poll() {
    fetch(url, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (body) {
        if (body.status !== current) {
          status.textContent = body.label;
          window.location.reload();
          return;
        }
        if (!body.final) {
          window.setTimeout(poll, delay());
        }
      })
      .catch(function () {
        window.setTimeout(poll, 10000);
      });
  }

  window.setTimeout(poll, delay());
})();
