/**
 * Initial JavaScript of the dashboard: the entry script and the modules it preloads, gzipped, after a
 * production build. Budget: 200 KB. Charts and views are separate chunks loaded when needed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (path: string) => gzipSync(readFileSync(path)).length;

export async function run(): Promise<void> {
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const html = readFileSync('dist/index.html', 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const initialBytes = initial.reduce((sum, f) => sum + gz(join('dist', f)), 0);
  const all = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
  const allBytes = all.reduce((sum, f) => sum + gz(join('dist/assets', f)), 0);
  const result = { initialFiles: initial, initialKbGzip: Number((initialBytes / 1024).toFixed(1)), totalJsKbGzip: Number((allBytes / 1024).toFixed(1)), budgetKb: 200 };
  console.log(`\nBundle: initial JS ${result.initialKbGzip} KB gzipped (budget 200 KB) in ${initial.length} files; all JS ${result.totalJsKbGzip} KB gzipped in ${all.length} chunks`);
  writeFileSync('bench/out/bundle.json', JSON.stringify(result, null, 2));
}
