// Only the vitest example: the node:test one runs under `node --test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['examples/in-process/**/*.vitest.test.ts'] } });
