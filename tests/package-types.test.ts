// The published type declarations compile in a consumer that has only the package's own
// dependencies (and @types/node): no @types/express, no other devDependency of this project.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const CONSUMER = `import { startSimulator, createApp, StartError, RequestVerificationError, type RunningSimulator, type JournalEntry } from 'vipm-sim';
const sim: RunningSimulator = await startSimulator({ log: { level: 'info', format: 'json' } });
const entries: JournalEntry[] = await sim.sandbox.journal({ method: 'PATCH' });
await sim.sandbox.verify({ method: 'PATCH', path: '/v3/customers/*', body: { externalReferenceId: 'x' } }, { count: 1 }).catch((e: RequestVerificationError) => e.message);
console.log(entries.length, typeof createApp, StartError.name);
await sim.stop();
`;

describe('published types', () => {
  it('PKG-05 dist/server/index.d.ts compiles with skipLibCheck off and without @types/express', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    const project = mkdtempSync(join(tmpdir(), 'vipm-types-'));
    const modules = join(project, 'node_modules');
    // A copy, not a link: a link would resolve 'express' from this project's node_modules.
    mkdirSync(join(modules, 'vipm-sim', 'dist'), { recursive: true });
    cpSync('package.json', join(modules, 'vipm-sim', 'package.json'));
    cpSync('dist/server', join(modules, 'vipm-sim', 'dist', 'server'), { recursive: true });
    for (const dep of [...Object.keys(pkg.dependencies), '@types/node']) {
      mkdirSync(dirname(join(modules, dep)), { recursive: true });
      symlinkSync(resolve('node_modules', dep), join(modules, dep));
    }
    writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(project, 'consumer.ts'), CONSUMER);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: ['node'] },
      files: ['consumer.ts'],
    }));
    const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8', timeout: 120_000 });
    assert.equal(tsc.status, 0, `${tsc.stdout}${tsc.stderr}`);
  });
});
