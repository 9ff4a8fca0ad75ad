/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// The api (default http://localhost:8080) serves dist/ at / in the end; during development and
// for `vite preview`, /v1, /local and /config.json are proxied to it.
const api = process.env.TAILOR_API ?? 'http://localhost:8080';
const proxy = {
  '/v1': { target: api, changeOrigin: false },
  '/local': { target: api, changeOrigin: false },
  '/config.json': { target: api, changeOrigin: false },
};

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
