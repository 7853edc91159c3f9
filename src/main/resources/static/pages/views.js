// A member's view page (templates/advocacy/view.html): sends the text and up to three files (as base64 in
// JSON) to the same link. The page's texts come from the data attributes of #answer (no inline script: the
// pages' Content-Security-Policy).
(function () {
  const form = document.getElementById('view');
  const answer = document.getElementById('answer');
  if (!form) { return; }
  function base64(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(file);
    });
  }
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const chosen = [...form.querySelector('input[name=files]').files];
    const files = await Promise.all(chosen.map(async f => ({ name: f.name, contentType: f.type, content: await base64(f) })));
    const body = { text: form.querySelector('textarea[name=text]').value, files: files };
    const response = await fetch(window.location.pathname, { method: 'POST', headers: { 'Content-Type': 'application/json',
      'Accept': 'application/json' }, body: JSON.stringify(body) });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const errors = Array.isArray(json.errors) ? json.errors.map(e => e.field + ': ' + e.message).join('; ') : '';
      answer.textContent = answer.dataset.refused + ': ' + (errors || json.detail || json.title || response.status);
      return;
    }
    answer.textContent = answer.dataset.sent;
  });
})();
