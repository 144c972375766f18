/**
 * The public-address guard for URLs the API fetches on a caller's behalf (server-side request forgery).
 *
 * Every connection the fetcher opens goes through `guardedConnector`: an IP literal is checked as it is;
 * a host name is resolved first (by the injectable resolver) and refused when ANY of its addresses is not
 * public, then the connection goes to the checked address itself, so a second DNS answer cannot swap in
 * a private one (DNS rebinding). Redirects open new connections, so every hop is checked the same way.
 */
import { isIP, type LookupFunction } from 'node:net';
import { lookup as dnsLookup } from 'node:dns/promises';
import { Agent, buildConnector, type Dispatcher } from 'undici';
import { DatelineError } from '../doc/errors.js';

/** Resolves a host name to its addresses (injectable: tests never touch the network or real DNS). */
export type Resolver = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Address ranges that are not public, each with its reason. IPv4 as [first octets, prefix length].
 * Sources: RFC 6890 special-purpose registries, cloud metadata (169.254.169.254, fd00:ec2::254).
 */
const BLOCKED_V4: ReadonlyArray<readonly [string, number, string]> = [
  ['0.0.0.0', 8, '"this network"; 0.0.0.0 reaches the local host on Linux'],
  ['10.0.0.0', 8, 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'carrier-grade NAT, shared address space'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local, including cloud metadata at 169.254.169.254'],
  ['172.16.0.0', 12, 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation (TEST-NET-1)'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation (TEST-NET-2)'],
  ['203.0.113.0', 24, 'documentation (TEST-NET-3)'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved, and 255.255.255.255 broadcast'],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

const BLOCKED_V4_INT = BLOCKED_V4.map(([base, bits, why]) => {
  const size = 2 ** (32 - bits);
  const start = v4ToInt(base);
  return { start, end: start + size, why };
});

/** Why an IPv4 address is not public, or null when it is. */
function v4Reason(ip: string): string | null {
  const n = v4ToInt(ip);
  for (const r of BLOCKED_V4_INT) if (n >= r.start && n < r.end) return r.why;
  return null;
}

/** The 8 16-bit groups of an IPv6 address (handles ::, embedded IPv4). */
function v6Groups(ip: string): number[] {
  let s = ip.toLowerCase();
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  const tailV4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (tailV4) {
    const n = v4ToInt(tailV4[1]!);
    s = `${s.slice(0, -tailV4[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.includes('::') ? s.split('::') : [s, undefined];
  const h = head ? head.split(':').filter(Boolean) : [];
  const t = tail ? tail.split(':').filter(Boolean) : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => parseInt(g, 16));
}

/** Why an IPv6 address is not public, or null when it is. */
function v6Reason(ip: string): string | null {
  const g = v6Groups(ip);
  if (g.length !== 8 || g.some((x) => Number.isNaN(x))) return 'not a valid IPv6 address';
  if (g.every((x) => x === 0)) return 'unspecified address (::)';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback (::1)';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judge the IPv4 address inside.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
    const v4 = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
    const r = v4Reason(v4);
    return r ? `IPv4-mapped ${v4}: ${r}` : null;
  }
  if (g[0] === 0x64 && g[1] === 0xff9b) return 'NAT64 (reaches IPv4 addresses indirectly)';
  if (g[0] === 0x2002) return '6to4 (reaches IPv4 addresses indirectly)';
  if (g[0] === 0x2001 && g[1] === 0x0db8) return 'documentation (2001:db8::/32)';
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique local (fc00::/7), including cloud metadata fd00:ec2::254';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  return null;
}

/** Why an IP address may not be fetched, or null when it is a public unicast address. */
export function blockedReason(ip: string): string | null {
  const v = isIP(ip);
  if (v === 4) return v4Reason(ip);
  if (v === 6) return v6Reason(ip);
  return 'not an IP address';
}

/** Throws 'bad-url' unless every address the host resolves to is public; returns the addresses. */
export async function resolvePublic(
  hostname: string,
  resolver: Resolver,
): Promise<Array<{ address: string; family: number }>> {
  const host = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (isIP(host)) {
    const why = blockedReason(host);
    if (why) throw new DatelineError('bad-url', `refused to fetch ${host}: ${why}`);
    return [{ address: host, family: isIP(host) }];
  }
  if (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host))
    throw new DatelineError('bad-url', `refused to fetch ${host}: loopback name`);
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await resolver(host);
  } catch (cause) {
    throw new DatelineError('fetch-failed', `could not resolve ${host}`, { cause });
  }
  if (addresses.length === 0) throw new DatelineError('fetch-failed', `${host} has no addresses`);
  for (const a of addresses) {
    const why = blockedReason(a.address);
    if (why) throw new DatelineError('bad-url', `refused to fetch ${host} (${a.address}): ${why}`);
  }
  return addresses;
}

/**
 * A net/tls `lookup` that resolves through the resolver and only ever answers with checked public
 * addresses. Node calls it for host names; IP literals are checked by guardedConnector before connecting.
 */
export function publicLookup(resolver: Resolver): LookupFunction {
  return (hostname, options, callback) => {
    resolvePublic(hostname, resolver).then(
      (addresses) => {
        if (typeof options === 'object' && options !== null && 'all' in options && options.all)
          (callback as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(
            null,
            addresses,
          );
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 0),
    );
  };
}

/** An undici connector that refuses non-public destinations, for every connection (every redirect hop). */
export function guardedConnector(resolver: Resolver): buildConnector.connector {
  const base = buildConnector({ lookup: publicLookup(resolver) });
  return (options, callback) => {
    const host = options.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const why = blockedReason(host);
      if (why) {
        callback(new DatelineError('bad-url', `refused to fetch ${host}: ${why}`), null);
        return;
      }
    }
    base(options, callback);
  };
}

/** A dispatcher for fetchUrl that only reaches public addresses. */
export function publicDispatcher(resolver: Resolver = systemResolver): Dispatcher {
  return new Agent({ connect: guardedConnector(resolver) });
}
