// Builds the web console into dist/console/, served at /__sandbox/console/ (relative asset URLs).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: here('../dist/console'), emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
});
