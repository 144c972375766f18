/**
 * Rate limiting per client address: a token bucket each (capacity = burst, refilled at `perMinute`).
 * Buckets idle long enough to be full again are forgotten, so memory stays bounded by active clients.
 */
export interface RateLimitOptions {
  /** Sustained requests per minute per client. */
  perMinute: number;
  /** Requests a client may make at once before the rate applies. */
  burst: number;
  /** Most clients tracked at once; past it the oldest buckets are dropped (a flood of addresses). */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly ratePerMs: number;
  private readonly maxClients: number;

  constructor(
    private readonly opts: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.ratePerMs = opts.perMinute / 60_000;
    this.maxClients = opts.maxClients ?? 10_000;
  }

  /** Takes one token for the client: 0 when allowed, else the seconds to wait. */
  take(client: string): number {
    const t = this.now();
    let b = this.buckets.get(client);
    if (b) {
      b.tokens = Math.min(this.opts.burst, b.tokens + (t - b.at) * this.ratePerMs);
      b.at = t;
      this.buckets.delete(client); // re-insert: Map order = least recently used first
    } else {
      b = { tokens: this.opts.burst, at: t };
      if (this.buckets.size >= this.maxClients) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    this.buckets.set(client, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / this.ratePerMs / 1000);
  }

  get size(): number {
    return this.buckets.size;
  }
}
