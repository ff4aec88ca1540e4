/** The dev server (`npm start`, `vite`) Playwright runs for e2e/dev-proxy.spec.ts; its port moves with E2E_DEV_PORT. */
export const DEV_PORT = Number(process.env.E2E_DEV_PORT ?? 5273);
export const DEV_ORIGIN = `http://127.0.0.1:${DEV_PORT}`;
