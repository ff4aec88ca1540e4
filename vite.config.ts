import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1', strictPort: true },
  // No modulepreload links: the flow's chunks are prefetched after the first paint (src/lib/prefetch.ts), and
  // preload links that can never load (offline) would hold a dynamic import forever.
  build: { target: 'es2022', sourcemap: false, modulePreload: false },
  test: {
    include: ['src/**/*.test.ts', 'mocks/**/*.test.ts'],
    environment: 'node',
  },
});
