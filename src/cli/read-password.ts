/**
 * A password for `npm run users`: read from standard input when it is not a terminal (or with
 * --password-stdin), else asked for twice on the terminal with nothing echoed (raw mode, as `passwd` does).
 */
import type { ReadStream } from 'node:tty';

export async function readStdin(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let text = '';
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
  // One trailing line break is the end of the line, not part of the password.
  return text.replace(/\r?\n$/, '');
}

/** Asks once with echo off; Enter ends, Backspace deletes, Ctrl-C or Ctrl-D on nothing cancels. */
export function askHidden(question: string, stdin: ReadStream = process.stdin as ReadStream, out: NodeJS.WritableStream = process.stderr): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    out.write(question);
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      out.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string) => {
      for (const ch of chunk.toString()) {
        if (ch === '\r' || ch === '\n') return finish();
        if (ch === '\u0003' || (ch === '\u0004' && value === '')) return finish(new Error('cancelled'));
        if (ch === '\u0004') return finish();
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else if (ch >= ' ') value += ch;
      }
      return undefined;
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** The password for a new user: from stdin, or typed twice on the terminal. */
export async function readNewPassword(name: string, fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) return readStdin();
  const first = await askHidden(`Password for ${name} (at least 12 characters): `);
  const again = await askHidden('The same password again: ');
  if (first !== again) throw new Error('the two passwords differ; nothing was changed');
  return first;
}
