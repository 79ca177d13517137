import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { articleBody, isStoryFolder, readCorpus } from './read-corpus';

const mention = { file: 'a.md', context: 'sent 300 volunteers', surface: '300', value: 300, qualifier: 'exact', asOf: '2024-02', fact: 'f' };

function story(gold: unknown, body = 'The town sent 300 volunteers.\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'tally-corpus-'));
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.md'), `---\ntitle: A\noutlet: B\npublished: 2024-02-01\n---\n${body}`);
  writeFileSync(join(dir, 'gold.json'), typeof gold === 'string' ? gold : JSON.stringify(gold));
  return dir;
}

describe('readCorpus', () => {
  it('reads the gold annotation and the article bodies after their front matter', () => {
    const r = readCorpus(story({ facts: [{ id: 'f', label: 'F', expected: 'consistent' }], mentions: [mention] }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.gold.distractors).toEqual([]);
    expect([...r.bodies]).toEqual([['a.md', 'The town sent 300 volunteers.\n']]);
  });

  it.each([
    ['a context that is not in the body', { ...mention, context: 'sent 400 volunteers' }, 'context not found exactly once in a.md'],
    ['a surface outside its context', { ...mention, surface: '30 v' }, 'surface "30 v" not inside context'],
    ['an article that is not there', { ...mention, file: 'b.md' }, 'gold names b.md, which is not in articles/'],
  ])('rejects %s, naming it', (_name, bad, message) => {
    const r = readCorpus(story({ facts: [], mentions: [bad] }));
    expect(r).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('rejects a context found twice in the body', () => {
    const r = readCorpus(story({ facts: [], mentions: [mention] }, 'They sent 300 volunteers, then sent 300 volunteers more.\n'));
    expect(r.ok).toBe(false);
  });

  it('names the gold file when it is not JSON or not in the format', () => {
    const notJson = story('{ facts: ');
    expect(readCorpus(notJson)).toEqual({ ok: false, message: expect.stringContaining(join(notJson, 'gold.json')) });
    expect(readCorpus(story({ facts: [], mentions: [{ ...mention, value: '300' }] }))).toEqual({ ok: false, message: expect.stringContaining('mentions.0.value') });
  });

  it('tells a story folder from other folders', () => {
    expect(isStoryFolder(story({ facts: [], mentions: [] }))).toBe(true);
    expect(isStoryFolder(tmpdir())).toBe(false);
  });
});

describe('articleBody', () => {
  it('keeps a file without front matter whole', () => {
    expect(articleBody('Just text.\n')).toBe('Just text.\n');
  });
});
