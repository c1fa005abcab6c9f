// A flood of keep-alive connections reading a customer, for bench/hardening.ts (a process of its
// own, so the load generator does not share the simulator's event loop).
//   node bench/flood.mjs URL TOKEN CONNECTIONS SECONDS
import autocannon from 'autocannon';

const [url, token, connections, seconds] = process.argv.slice(2);
const result = await autocannon({
  url: `${url}/v3/customers/9876543210`, connections: Number(connections), duration: Number(seconds),
  headers: { authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': 'flood' },
});
console.log(`flood: ${Math.round(result.requests.average)} req/s, ${result.timeouts} timeouts, p99 ${result.latency.p99} ms`);
