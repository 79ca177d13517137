/**
 * The load generator of the server benchmark, in its own process so it never shares the server's event
 * loop: `tsx bench/load.ts '<json>'` keeps 50 keep-alive connections busy for a while and prints requests/s
 * and latency percentiles as JSON. Node's own HTTP client, answers kept as bytes: autocannon managed only
 * ~330 answers/s of a 200 KB gzip body on one connection, whoever served it (it decodes bodies as text).
 * Kinds: `get` (one URL, optionally revalidated with If-None-Match), `reviews` (successful review writes,
 * each connection writing a fact no other connection is writing, with its current version), `stale`
 * (review writes with a version long gone: every answer is 409).
 */
import { Agent, request } from 'node:http';

interface Plan {
  kind: 'get' | 'reviews' | 'stale';
  base: string;
  path?: string;
  etag?: string;
  /** reviews: fact id -> its current version. */
  facts?: Record<string, number>;
  connections: number;
  seconds: number;
}

const plan = JSON.parse(process.argv[2] ?? '{}') as Plan;
const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
const base = new URL(plan.base);

/** The answer's bytes stay bytes: decoding a 200 KB gzip body as text alone takes milliseconds. */
function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: base.hostname, port: base.port, method, path, agent, headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

// As a browser sends them: compressed answers accepted.
const browser = { 'accept-encoding': 'gzip, deflate, br' };
const json = { 'content-type': 'application/json' };
/** A fact is lent to one connection at a time and comes back with the version its write created. */
const free = Object.entries(plan.facts ?? {});

async function once(): Promise<number> {
  if (plan.kind === 'get') return (await send('GET', plan.path as string, { ...browser, ...(plan.etag ? { 'if-none-match': plan.etag } : {}) })).status;
  if (plan.kind === 'stale') return (await send('PUT', plan.path as string, json, JSON.stringify({ status: 'disputed', note: 'bench', version: 0 }))).status;
  const lease = free.shift();
  if (!lease) throw new Error('more connections than facts');
  const [id, version] = lease;
  const res = await send('PUT', `/api/facts/${id}/review`, json, JSON.stringify({ status: 'verified', note: 'bench', version }));
  free.push([id, res.status === 200 ? (JSON.parse(res.body.toString()) as { version: number }).version : version]);
  return res.status;
}

const latencies: number[] = [];
const statuses: Record<string, number> = {};
let errors = 0;
const end = performance.now() + plan.seconds * 1000;
await Promise.all(Array.from({ length: plan.connections }, async () => {
  while (performance.now() < end) {
    const started = performance.now();
    try {
      const status = await once();
      latencies.push(performance.now() - started);
      statuses[status] = (statuses[status] ?? 0) + 1;
    } catch {
      errors++;
    }
  }
}));
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1));
process.stdout.write(JSON.stringify({
  requests: latencies.length, perSecond: Math.round(latencies.length / plan.seconds), p50: at(0.5), p90: at(0.9), p99: at(0.99), max: at(1), errors, timeouts: 0, statuses,
}));
