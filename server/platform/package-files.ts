// Files shipped beside the code (contracts/, fixtures/), found from the package root whether
// this module runs from server/ (sources) or dist/server/ (the build).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'contracts'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('vipm-sim: cannot find its package root (contracts/ missing)');
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = packageRoot();
export const packageFile = (...parts: string[]) => join(PACKAGE_ROOT, ...parts);
