import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Features must not import each other: one zone per feature, generated from the folder,
// so a new feature is covered without editing this file.
const features = (() => {
  try {
    return readdirSync('src/features', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch {
    return [];
  }
})();
const featureZones = features.map((name) => ({
  target: `./src/features/${name}`,
  from: './src/features',
  except: [`./${name}`],
  message: 'Features do not import each other: move shared code to src/components or src/lib.',
}));

const boundaryZones = [
  {
    target: './src/engine',
    from: './src',
    except: ['./engine'],
    message: 'The engine is pure: it imports nothing from the rest of src.',
  },
  {
    target: './src/contract',
    from: './src',
    except: ['./contract', './engine'],
    message: 'The API contract depends on the engine types only.',
  },
  {
    // './testing' only for the report tests' fixture (the KFOR story with reviews).
    target: './src/report',
    from: './src',
    except: ['./report', './contract', './engine', './testing'],
    message: 'Reports are pure: they read the contract types and the engine only.',
  },
  {
    target: './src/eval',
    from: './src',
    except: ['./eval', './engine', './ingest'],
    message: 'The scorer reads articles and runs the engine: it imports nothing from the UI, the server or the CLI.',
  },
  {
    target: './src/server',
    from: ['./src/app', './src/features', './src/components', './src/lib', './src/testing', './src/cli'],
    message: 'The server imports the engine, the contract and its own files, never the UI.',
  },
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app', './src/server', './src/cli'],
    message: 'Shared UI code does not import features, the app shell or the server.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/server', './src/cli', './src/ingest'],
    message: 'Features use src/lib, src/components and the contract only.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'data', 'public/mockServiceWorker.js', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { import: importPlugin, 'check-file': checkFile, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/ignore': ['node_modules'],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-cycle': ['error', { ignoreExternal: true }],
      'import/no-restricted-paths': ['error', { zones: [...boundaryZones, ...featureZones] }],
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', 'parent', 'sibling', 'index'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'check-file/filename-naming-convention': ['error', { 'src/**/*.{ts,tsx}': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { 'src/**/': 'KEBAB_CASE' }],
    },
  },
  {
    // The engine runs in Node, the browser and a Web Worker: no framework, DOM-only or Node-only imports.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'hono', 'hono/*', '@hono/*', 'msw', 'msw/*', '@tanstack/*', 'pg', '@electric-sql/*'], message: 'The engine is pure TypeScript.' },
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'The engine does no I/O and runs in the browser.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'process'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The engine is deterministic: take time from the input.' },
        { object: 'Math', property: 'random', message: 'The engine is deterministic.' },
      ],
    },
  },
);
