// The floor's first page: what the app's compose screen cannot avoid before leaving for the
// callback — a worker that controls the page, and one discovery fetch through it.
await navigator.serviceWorker.register('./sw.js');
if (!navigator.serviceWorker.controller) {
  await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
}
const discovery = await (await fetch('./mock-op/.well-known/openid-configuration')).json();
window.location.assign(`./callback.html?code=floor&state=floor&iss=${encodeURIComponent(discovery.issuer)}`);
