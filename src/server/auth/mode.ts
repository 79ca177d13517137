/**
 * Personal or team mode, from AUTH and HOST. Personal (no sign-in) only on a loopback address; on any other
 * address the server runs in team mode or not at all.
 */
import { isIP } from 'node:net';

export type AuthMode = 'personal' | 'team';

/** e.g. '127.0.0.1', '127.8.9.1', '::1', '[::1]', 'localhost' are loopback; '0.0.0.0', '::', '192.168.1.5' are not. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^(0{0,4}:){7}0{0,3}1$/.test(h) || h.startsWith('::ffff:127.');
  return false;
}

/** The mode to run in, or a sentence saying why the server must not start. */
export function resolveAuthMode(env: { AUTH?: string; HOST?: string }): { ok: true; mode: AuthMode } | { ok: false; message: string } {
  const auth = (env.AUTH ?? '').trim().toLowerCase();
  const host = env.HOST ?? '127.0.0.1';
  if (!['', 'on', 'off'].includes(auth)) return { ok: false, message: `AUTH must be "on" or "off", not "${env.AUTH}"` };
  if (auth === 'on') return { ok: true, mode: 'team' };
  if (isLoopbackHost(host)) return { ok: true, mode: 'personal' };
  return {
    ok: false,
    message: `HOST=${host} is not a loopback address: anyone who can reach it could change every review. Set AUTH=on (team mode: sign-in and roles; see the README), or listen on 127.0.0.1.`,
  };
}
