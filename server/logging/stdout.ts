// Log lines to stdout, written once per turn of the event loop rather than once per line: under
// load a request line each is a system call each (stdout is synchronous on pipes and files).
// Whatever is pending is written before the process exits.
import { writeSync } from 'node:fs';

let pending: string[] = [];
let scheduled = false;
let exitHooked = false;

function flush(): void {
  scheduled = false;
  if (!pending.length) return;
  const text = pending.join('');
  pending = [];
  process.stdout.write(text);
}

function flushNow(): void {
  if (!pending.length) return;
  const text = pending.join('');
  pending = [];
  try {
    writeSync(1, text);
  } catch {
    // stdout is gone (a closed pipe): nothing left to tell.
  }
}

export function writeToStdout(line: string): void {
  pending.push(line);
  if (!exitHooked) {
    exitHooked = true;
    process.once('exit', flushNow);
  }
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
}
