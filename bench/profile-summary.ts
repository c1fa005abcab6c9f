// Top self-time functions and modules of a V8 .cpuprofile (node --cpu-prof).
//   node --import tsx bench/profile-summary.ts [--skip-ms=2000] bench/profiles/FILE.cpuprofile
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ROOT } from './targets.js';

interface Profile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** skipMs: leave out the first ms of the profile (the start-up, when the load came later). */
export function summariseProfile(file: string, top = 20, skipMs = 0): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const self = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= skipMs * 1000) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const root = pathToFileURL(ROOT).href;
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.startsWith(root) ? url.slice(root.length) : url;
    const module = file.includes('node_modules/')
      ? file.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1')
      : file || `(${functionName || 'native'})`;
    if (module === '(idle)' || module === '(program)') continue;
    busy += us;
    const name = `${functionName || '(anonymous)'} ${file ? `${file}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    byModule.set(module, (byModule.get(module) ?? 0) + us);
  }
  const list = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([name, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / busy).toFixed(1).padStart(5)} %  ${name}`).join('\n');
  return `${skipMs ? `after the first ${Math.round(skipMs)} ms, ` : ''}busy (not idle) ${(busy / 1000).toFixed(0)} ms; self time by module:\n${list(byModule)}\n\nby function:\n${list(byFunction)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const skip = process.argv.find((a) => a.startsWith('--skip-ms='));
  for (const file of process.argv.slice(2).filter((a) => !a.startsWith('--'))) console.log(`${file}\n${summariseProfile(file, 25, Number(skip?.split('=')[1] ?? 0))}\n`);
}
