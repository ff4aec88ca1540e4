// The floor's second page: the token exchange, then userinfo and the JWKS in parallel, then the
// payload shown — the requests the app's callback makes, with nothing else around them.
const token = await (await fetch('./mock-op/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'authorization_code', code: 'floor' }) })).json();
const [userinfo, jwks] = await Promise.all([
  fetch('./mock-op/userinfo', { headers: { Authorization: `Bearer ${token.access_token}` } }).then((r) => r.json()),
  fetch('./mock-op/jwks').then((r) => r.json()),
]);
const payload = document.createElement('pre');
payload.dataset.testid = 'id-token-payload';
payload.textContent = JSON.stringify({ ...userinfo, keys: jwks.keys.length }, null, 2);
document.body.append(payload);
