// The load generator's process: it runs autocannon for the benchmark (load-generator.ts asks
// over IPC), so the generator does not share the benchmark process's event loop or, where the
// machine has two cores or more, the targets' core.
import { runSplit } from './measure.js';
import { scenario, type ScenarioContext } from './scenarios.js';
import type { LoadRequest } from './load-generator.js';

/** One context per target and scenario context, so fresh ids keep counting across runs. */
const contexts = new Map<string, ScenarioContext>();

process.on('message', (message: LoadRequest) => {
  const key = `${message.ctx.prefix} ${message.ctx.token}`;
  let ctx = contexts.get(key);
  if (!ctx) contexts.set(key, (ctx = { ...message.ctx, sender: 'g' }));
  const s = scenario(message.scenario);
  runSplit(message.urls, s.spec(ctx), message.load, s.expected).then(
    (result) => process.send!({ id: message.id, result }),
    (error: Error) => process.send!({ id: message.id, error: error.stack ?? String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
