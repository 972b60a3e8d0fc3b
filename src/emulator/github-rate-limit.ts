// GitHub's primary rate limit, per token, as "Rate limits for the REST API" describes it: a budget of requests
// per window that resets at a fixed instant (`x-ratelimit-reset`, epoch seconds); once spent, GitHub answers 403
// (or 429) with `x-ratelimit-remaining: 0` until then.

export interface RateLimitOptions {
  /** Requests per window for a valid token (GitHub: 5,000 an hour for an installation, up to 12,500). */
  limit: number
  /** Window length (default an hour, as on GitHub); a short one lets a test see a reset. */
  windowMs?: number
  /** Refuse requests past the budget (default false: the headers count down, nothing is refused). */
  enforce: boolean
}

interface Window {
  used: number
  resetAt: number
}

export class RateLimits {
  private readonly windows = new Map<string, Window>()

  constructor(private readonly o: RateLimitOptions) {}

  /** True when the token has spent its budget and the limit is enforced: the request is refused. */
  exhausted(token: string): boolean {
    return this.o.enforce && this.window(token).used >= this.o.limit
  }

  /** Counts one request (a refused one adds nothing past the limit) and returns GitHub's headers for it. */
  count(token: string, limit = this.o.limit): Record<string, string> {
    const w = this.window(token)
    if (!this.o.enforce || w.used < limit) w.used++
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - w.used)),
      'x-ratelimit-reset': String(Math.ceil(w.resetAt / 1000)),
      'x-ratelimit-used': String(w.used),
      'x-ratelimit-resource': 'core'
    }
  }

  private window(token: string): Window {
    const now = Date.now()
    let w = this.windows.get(token)
    if (!w || now >= w.resetAt) {
      w = { used: 0, resetAt: now + (this.o.windowMs ?? 3_600_000) }
      this.windows.set(token, w)
    }
    return w
  }
}
