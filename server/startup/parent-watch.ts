// `npx vipm-sim serve` runs the simulator under `sh -c`: on `kill $!` npm forwards SIGTERM to
// that shell, which dies without passing it on, and the simulator would be left running,
// re-parented, with its port held. So a simulator started by npm (npx, npm exec, npm start)
// stops when the process that started it is gone. Started any other way (a shell's `&`, a
// service manager) it outlives its parent, as a server is expected to.

/** npm sets these in the environment of whatever it runs. */
export const startedByNpm = (env: NodeJS.ProcessEnv): boolean => env.npm_command !== undefined || env.npm_lifecycle_event !== undefined;

/** Calls `onOrphaned` once when this process's parent changes (it died: init or a subreaper adopted us); answers a cancel. */
export function whenOrphaned(onOrphaned: () => void, everyMs = 200): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned();
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
