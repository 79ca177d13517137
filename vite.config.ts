import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One config for the app build and the three test projects (engine, server, ui):
// the engine project runs in plain Node with no DOM, which is the executable proof it is pure.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 700 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'engine', environment: 'node', include: ['src/engine/**/*.test.ts', 'src/ingest/**/*.test.ts', 'src/cli/**/*.test.ts', 'src/contract/**/*.test.ts', 'src/eval/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['src/server/**/*.test.ts', 'src/report/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/{app,features,components,lib,testing}/**/*.test.{ts,tsx}'],
          setupFiles: ['src/testing/setup-tests.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
