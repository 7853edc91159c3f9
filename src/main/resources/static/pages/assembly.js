// A member's assembly page (templates/assembly/member.html): check in and vote on the open item. The page's
// texts come from the data attributes of #answer (no inline script: the pages' Content-Security-Policy).
(function () {
  const answer = document.getElementById('answer');
  const base = window.location.pathname.replace(/\/$/, '');
  async function post(path, body) {
    const response = await fetch(base + '/' + path, { method: 'POST', headers: { 'Content-Type': 'application/json',
      'Accept': 'application/json' }, body: JSON.stringify(body || {}) });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) { answer.textContent = answer.dataset.refused + ': ' + (json.detail || json.title || response.status); return null; }
    return json;
  }
  document.querySelectorAll('[data-post]').forEach(b => b.addEventListener('click', async () => {
    if (await post(b.dataset.post)) { window.location.reload(); }
  }));
  const ballot = document.getElementById('ballot');
  if (ballot) {
    ballot.addEventListener('submit', async e => {
      e.preventDefault();
      const marked = [...ballot.querySelectorAll('input[name=choice]:checked')].map(i => i.value);
      const body = ballot.dataset.election === 'true' ? { candidates: marked } : { choice: marked[0] };
      body['for'] = ballot.querySelector('[name=for]').value;
      const json = await post('items/' + ballot.dataset.item + '/vote', body);
      if (json) {
        answer.textContent = answer.dataset.voted + (json.receipt ? '\n' + answer.dataset.receipt + ': ' + json.receipt : '');
        ballot.querySelector('button').disabled = true;
      }
    });
  }
})();
