/**
 * Fetches a web page for "add an article by URL", defensively: http and https only, no private,
 * loopback or link-local address (checked on the address actually connected to, so DNS cannot point
 * it elsewhere later) unless allowed, a time limit over all redirects, and a size limit.
 */
import { lookup as dnsLookup } from 'node:dns';
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

import { LIMITS } from '../../contract/api';
import { ApiError } from '../errors';

export interface FetchOptions {
  /** Lets loopback and private addresses through: for tests and a local setup (ALLOW_PRIVATE_FETCH=1). */
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_OPTIONS: FetchOptions = {
  allowPrivate: false, timeoutMs: LIMITS.fetchTimeoutMs, maxBytes: LIMITS.fetchBytes, maxRedirects: LIMITS.fetchRedirects,
};

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

const PRIVATE = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) PRIVATE.addSubnet(net, prefix, 'ipv6');

/** e.g. "127.0.0.1", "::1", "::ffff:10.0.0.1", "fd00::1" -> true; "93.184.215.14" -> false. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  return family === 0 ? false : PRIVATE.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

class FetchFailure extends Error {}

/** DNS lookup that refuses private answers: the check runs on the very addresses the socket will use. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad || addresses.length === 0) {
      const refusal = new FetchFailure(`${hostname} resolves to ${bad?.address ?? 'no address'}, a private or loopback address, which is not fetched`);
      return callback(Object.assign(refusal, { code: 'EPRIVATE' }), '', 0);
    }
    if (options.all) return callback(null, addresses);
    const [first] = addresses as [{ address: string; family: number }];
    return callback(null, first.address, first.family);
  });
};

function describeNetworkError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (e instanceof FetchFailure) return e.message;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name could not be found';
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ECONNRESET') return 'the connection was reset';
  if (code === 'CERT_HAS_EXPIRED' || code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `its TLS certificate was not accepted (${code})`;
  return e instanceof Error ? e.message : String(e);
}

function request(url: URL, options: FetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  const get = url.protocol === 'https:' ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    const req = get(url, {
      signal,
      lookup: options.allowPrivate ? undefined : publicOnlyLookup,
      headers: { 'user-agent': 'Tally/0.1 (fact-check dashboard)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1' },
    }, resolve);
    req.on('error', reject);
  });
}

async function readBody(res: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const tooLarge = () => new ApiError('payload_too_large', `could not add ${url}: the page is larger than ${maxBytes / (1024 * 1024)} MB`);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function decode(body: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

/** Checks an address before any connection: scheme, and a literal IP address (which skips DNS). */
function checkAddress(url: URL, original: string, options: FetchOptions): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ApiError('bad_request', `could not add ${original}: only http and https addresses are fetched, not ${url.protocol.replace(':', '')}`);
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!options.allowPrivate && (isPrivateAddress(host) || host === 'localhost' || host.endsWith('.localhost'))) {
    throw new ApiError('bad_request', `could not add ${original}: ${host} is a private or loopback address, which is not fetched`);
  }
}

/**
 * GETs a page (following up to `maxRedirects` redirects) and returns its text. Throws ApiError: 400 for an
 * address that is not allowed, 413 when too large, 415 when not HTML or text, 502 when the page cannot be
 * fetched (no such host, refused, timed out, an HTTP error); each message names the URL and the cause.
 */
export async function fetchPage(address: string, options: FetchOptions = DEFAULT_FETCH_OPTIONS): Promise<FetchedPage> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ApiError('bad_request', `could not add ${address}: it is not a web address`);
  }
  const signal = AbortSignal.timeout(options.timeoutMs);
  for (let hop = 0; ; hop++) {
    checkAddress(url, address, options);
    let res: IncomingMessage;
    try {
      res = await request(url, options, signal);
    } catch (e) {
      if (signal.aborted) throw new ApiError('bad_gateway', `could not fetch ${address}: no answer within ${options.timeoutMs / 1000} s`);
      const refused = e instanceof FetchFailure || (e as { code?: string }).code === 'EPRIVATE';
      throw new ApiError(refused ? 'bad_request' : 'bad_gateway', `could not fetch ${address}: ${describeNetworkError(e)}`);
    }
    const status = res.statusCode ?? 0;
    const location = res.headers.location;
    if (status >= 300 && status < 400 && location) {
      res.resume();
      if (hop >= options.maxRedirects) throw new ApiError('bad_gateway', `could not fetch ${address}: more than ${options.maxRedirects} redirects`);
      url = new URL(location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new ApiError('bad_gateway', `could not fetch ${address}: the site answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
    }
    const contentType = String(res.headers['content-type'] ?? '').toLowerCase();
    if (!/^(text\/html|application\/xhtml\+xml|text\/plain)\b/.test(contentType)) {
      res.resume();
      throw new ApiError('unsupported_media_type', `could not add ${address}: the page is ${contentType.split(';')[0] || 'of no stated type'}, not HTML or text`);
    }
    try {
      const body = await readBody(res, options.maxBytes, address);
      return { url: url.href, contentType, body: decode(body, contentType) };
    } catch (e) {
      if (e instanceof ApiError) throw e;
      if (signal.aborted) throw new ApiError('bad_gateway', `could not fetch ${address}: no answer within ${options.timeoutMs / 1000} s`);
      throw new ApiError('bad_gateway', `could not fetch ${address}: ${describeNetworkError(e)}`);
    }
  }
}
