/**
 * Polite fetching for ingest: what a well-behaved crawler does before and around each GET.
 *
 * 1. robots.txt of the origin, fetched once and cached (RFC 9309): our group (by product token) or
 *    `*`; the longest matching Allow/Disallow rule wins (`*` and `$` understood); 4xx = allow all,
 *    5xx or unreachable = disallow all. A disallowed URL fails with a one-line error, unfetched.
 * 2. One request at a time per host, at least `delayMs` apart (or the site's Crawl-delay, capped).
 * 3. Conditional GET: the validators (ETag, Last-Modified) stored from the last fetch are sent;
 *    304 means unchanged, and the page is not downloaded again.
 * 4. Retries on 429, 5xx, timeouts and network errors, with exponential backoff (Retry-After wins
 *    when the server gives one, capped); other errors fail at once.
 */
import { DatelineError } from '../doc/errors.js';
import type { HttpCacheEntry } from '../store/types.js';
import { type FetchOptions, type Fetched, HttpStatusError, checkUrl, fetchUrl } from './fetch.js';

export const POLITE_SETTINGS = {
  /** 1 s between two requests to one host: the common courtesy default of crawlers. */
  delayMs: 1000,
  /** A Crawl-delay over 30 s would make a feed of 100 pages take an hour: capped. */
  maxCrawlDelayMs: 30_000,
  /** 3 retries (4 attempts): enough for a blip, not enough to hammer a struggling server. */
  retries: 3,
  /** Backoff 0.5 s, 1 s, 2 s …: doubles each attempt. */
  backoffMs: 500,
  /** Retry-After beyond 60 s: give up on that URL for this run rather than stall the ingest. */
  maxRetryAfterMs: 60_000,
  /** 500 KB of robots.txt is what RFC 9309 asks crawlers to read at least; the rest is ignored. */
  maxRobotsBytes: 500 * 1024,
  /** Our product token in robots.txt groups. */
  robotsAgent: 'dateline',
} as const;

export interface PoliteOptions {
  fetch?: FetchOptions;
  delayMs?: number;
  retries?: number;
  backoffMs?: number;
  /** false: ignore robots.txt (only for sources you own). */
  robots?: boolean;
  /** Validators of earlier fetches (the store). */
  cache?: { get(url: string): Promise<HttpCacheEntry | null> };
  /** Injectable clock for tests. */
  sleep?: (ms: number) => Promise<void>;
}

export interface PoliteResult {
  bytes: Buffer;
  url: string;
  contentType: string | null;
  fetchedAt: string;
  /** The stored content hash when the server answered 304 Not Modified. */
  unchanged?: string;
  /** Validators to store once the page is stored. */
  etag: string | null;
  lastModified: string | null;
  /** The URL as requested (the cache key). */
  requested: string;
}

export interface RobotsRules {
  allow: (path: string) => boolean;
  crawlDelayMs: number | null;
}

interface Rule {
  allow: boolean;
  pattern: string;
  re: RegExp;
}

function ruleRegex(pattern: string): RegExp {
  const anchored = pattern.endsWith('$');
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}${anchored ? '$' : ''}`);
}

/** Parses robots.txt for one user-agent token (RFC 9309 groups; `*` when no group names us). */
export function parseRobots(text: string, agent: string = POLITE_SETTINGS.robotsAgent): RobotsRules {
  type Group = { agents: string[]; rules: Rule[]; delay: number | null };
  const groups: Group[] = [];
  let cur: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!cur || !lastWasAgent) {
        cur = { agents: [], rules: [], delay: null };
        groups.push(cur);
      }
      cur.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!cur) continue;
    if (key === 'allow' || key === 'disallow') {
      if (!value) continue; // "Disallow:" with nothing = allow all
      cur.rules.push({ allow: key === 'allow', pattern: value, re: ruleRegex(value) });
    } else if (key === 'crawl-delay') {
      const s = Number(value);
      if (Number.isFinite(s) && s >= 0) cur.delay = s * 1000;
    }
  }
  const token = agent.toLowerCase();
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && token.startsWith(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  const rules = chosen.flatMap((g) => g.rules);
  const delays = chosen.map((g) => g.delay).filter((d): d is number => d !== null);
  return {
    allow(path) {
      let best: Rule | null = null;
      for (const r of rules)
        if (r.re.test(path)) {
          const longer = !best || r.pattern.length > best.pattern.length;
          const tieAllow = best && r.pattern.length === best.pattern.length && r.allow && !best.allow;
          if (longer || tieAllow) best = r;
        }
      return best ? best.allow : true;
    },
    crawlDelayMs: delays.length ? Math.max(...delays) : null,
  };
}

const ALLOW_ALL: RobotsRules = { allow: () => true, crawlDelayMs: null };
const DISALLOW_ALL: RobotsRules = { allow: () => false, crawlDelayMs: null };

const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export class PoliteFetcher {
  private readonly robots = new Map<string, Promise<RobotsRules>>();
  /** Per host: when the next request may start, and the queue of waiters. */
  private readonly hosts = new Map<string, Promise<void>>();
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly opts: PoliteOptions = {}) {
    this.sleep = opts.sleep ?? defaultSleep;
  }

  async fetch(spec: string): Promise<PoliteResult> {
    const url = checkUrl(spec);
    // 1.
    const rules = this.opts.robots === false ? ALLOW_ALL : await this.rulesFor(url);
    if (!rules.allow(url.pathname + url.search))
      throw new DatelineError('fetch-failed', `robots.txt of ${url.host} disallows ${url.href}`);
    // 3.
    const cached = (await this.opts.cache?.get(url.href)) ?? null;
    const headers: Record<string, string> = {};
    if (cached?.etag) headers['if-none-match'] = cached.etag;
    if (cached?.lastModified) headers['if-modified-since'] = cached.lastModified;
    const res = await this.withRetries(url, rules, () =>
      fetchUrl(url.href, { ...this.opts.fetch, headers, acceptStatuses: cached?.contentHash ? [304] : [] }),
    );
    const base = {
      url: res.url,
      contentType: res.contentType,
      fetchedAt: new Date().toISOString(),
      etag: res.etag ?? null,
      lastModified: res.lastModified ?? null,
      requested: url.href,
    };
    if (res.status === 304 && cached?.contentHash)
      return { ...base, bytes: Buffer.alloc(0), unchanged: cached.contentHash };
    return { ...base, bytes: res.bytes };
  }

  /** 2 and 4: waits for the host's turn, then fetches, retrying what is worth retrying. */
  private async withRetries(url: URL, rules: RobotsRules, get: () => Promise<Fetched>): Promise<Fetched> {
    const retries = this.opts.retries ?? POLITE_SETTINGS.retries;
    const backoff = this.opts.backoffMs ?? POLITE_SETTINGS.backoffMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.inTurn(url.host, rules, get);
      } catch (err) {
        const wait = retryDelay(err, attempt, backoff);
        if (attempt >= retries || wait === null) throw err;
        await this.sleep(wait);
      }
    }
  }

  /** Runs `get` when the host's previous request is done and the delay has passed. */
  private async inTurn<T>(host: string, rules: RobotsRules, get: () => Promise<T>): Promise<T> {
    const delay = Math.max(
      this.opts.delayMs ?? POLITE_SETTINGS.delayMs,
      Math.min(rules.crawlDelayMs ?? 0, POLITE_SETTINGS.maxCrawlDelayMs),
    );
    const previous = this.hosts.get(host) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => (release = r));
    this.hosts.set(
      host,
      previous.then(() => mine),
    );
    await previous;
    try {
      return await get();
    } finally {
      if (delay > 0) void this.sleep(delay).then(release);
      else release();
    }
  }

  private rulesFor(url: URL): Promise<RobotsRules> {
    let p = this.robots.get(url.origin);
    if (!p) {
      p = this.loadRobots(url);
      this.robots.set(url.origin, p);
    }
    return p;
  }

  private async loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = `${url.origin}/robots.txt`;
    try {
      const res = await this.withRetries(url, ALLOW_ALL, () =>
        fetchUrl(robotsUrl, { ...this.opts.fetch, maxBytes: POLITE_SETTINGS.maxRobotsBytes }),
      );
      return parseRobots(res.bytes.toString('utf8'));
    } catch (err) {
      if (err instanceof HttpStatusError && err.status >= 400 && err.status < 500) return ALLOW_ALL;
      // RFC 9309 §2.3.1.4: an unreachable robots.txt (5xx, network) means "assume complete disallow".
      return DISALLOW_ALL;
    }
  }
}

/** How long to wait before retrying after `err`, or null when it is not worth retrying. */
export function retryDelay(err: unknown, attempt: number, backoffMs: number): number | null {
  const exp = backoffMs * 2 ** attempt;
  if (err instanceof HttpStatusError) {
    if (err.status !== 429 && err.status < 500) return null;
    if (err.retryAfterS !== null) {
      const ms = err.retryAfterS * 1000;
      return ms > POLITE_SETTINGS.maxRetryAfterMs ? null : Math.max(ms, exp);
    }
    return exp;
  }
  if (err instanceof DatelineError && err.code === 'fetch-failed') {
    // Network errors and timeouts (not redirects gone wrong, not bad URLs).
    return /timed out|could not fetch/.test(err.message) ? exp : null;
  }
  return null;
}
