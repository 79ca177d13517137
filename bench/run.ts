/**
 * `npm run bench`: the engine's throughput; the server's benchmark and the bundle size when asked
 * (`npm run bench -- engine server bundle`, all by default). Results also go to bench/out/*.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';

import { makeCorpus } from './corpus';
import { runEngineBench } from './engine-bench';
import { runStageBench } from './engine-stages';

const wanted = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['engine', 'server', 'bundle', 'ui']);
mkdirSync('bench/out', { recursive: true });

if (wanted.has('engine')) {
  const bench = runEngineBench();
  const { rows, scan, ratio } = bench;
  console.log('\nEngine: whole pipeline (parse, claims, facts), one core');
  console.table(rows);
  const [one, , sixteen] = rows;
  if (one && sixteen) console.log(`16x / 1x time ratio: ${(sixteen.seconds / one.seconds).toFixed(1)} (input ratio ${(sixteen.megabytes / one.megabytes).toFixed(1)})`);
  console.log(`One-pass regex scan of the same ${scan.megabytes} MB (numbers, number words, qualifiers, plural nouns, months): ${scan.mbPerSecond} MB/s, ${scan.matches} matches`);
  console.log(`Engine / scan throughput at 16x: ${ratio} (engine ${sixteen?.mbPerSecond ?? '?'} MB/s, scan ${scan.mbPerSecond} MB/s)`);
  const stages = runStageBench(makeCorpus(20 * 1024 * 1024));
  console.log('\nEngine stages over the same 20 MB (seconds, share of the engine, MB/s of that stage alone)');
  console.table(stages);
  writeFileSync('bench/out/engine.json', JSON.stringify({ ...bench, stages }, null, 2));
}

for (const name of ['server', 'bundle', 'ui']) {
  if (!wanted.has(name)) continue;
  try {
    const mod = (await import(`./${name}-bench.ts`)) as { run: () => Promise<void> };
    await mod.run();
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') console.log(`\n(${name} benchmark not present)`);
    else throw e;
  }
}
