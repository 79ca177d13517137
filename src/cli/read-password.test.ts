import { PassThrough } from 'node:stream';
import type { ReadStream } from 'node:tty';

import { describe, expect, it } from 'vitest';

import { askHidden, readStdin } from './read-password';

/** A terminal stand-in: a stream with raw mode, and everything written back to the screen. */
function terminal() {
  const input = new PassThrough() as PassThrough & { setRawMode: (on: boolean) => void; raw: boolean[] };
  input.raw = [];
  input.setRawMode = (on: boolean) => input.raw.push(on);
  const screen: string[] = [];
  const output = new PassThrough();
  output.on('data', (d: Buffer) => screen.push(d.toString()));
  return { input, output, screen: () => screen.join('') };
}

describe('reading a password', () => {
  it('asks with echo off: nothing typed reaches the screen, Backspace deletes, Enter ends, raw mode is restored', async () => {
    const t = terminal();
    const answer = askHidden('Password: ', t.input as unknown as ReadStream, t.output);
    t.input.write('secret pass');
    t.input.write('x\u007f word!\r');
    await expect(answer).resolves.toBe('secret pass word!');
    expect(t.screen()).toBe('Password: \n');
    expect(t.input.raw).toEqual([true, false]);
  });

  it('cancels on Ctrl-C', async () => {
    const t = terminal();
    const answer = askHidden('Password: ', t.input as unknown as ReadStream, t.output);
    t.input.write('half\u0003');
    await expect(answer).rejects.toThrow('cancelled');
    expect(t.input.raw).toEqual([true, false]);
  });

  it('reads standard input whole, dropping one final line break only', async () => {
    const input = new PassThrough();
    input.end('  spaces count too  \r\n');
    await expect(readStdin(input)).resolves.toBe('  spaces count too  ');
  });
});
