import { defineConfig } from 'vitest/config';

// No React plugin: esbuild's automatic JSX runtime is all the app needs, and keeps the build
// working on Node 18. The built files go to dist/, embedded by the Go binary at /admin/.
export default defineConfig({
  base: '/admin/',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline polyfill script: the CSP forbids inline scripts.
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2020',
    // Two pages, one build: the admin app and the member area (member.html, served by the
    // Go binary at /spaces/{space}/account/), sharing React, urql and the typed operations.
    rollupOptions: {
      input: { index: 'index.html', member: 'member.html' },
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
  },
});
