/**
 * Throttling of failed joins and failed authentications, per client address: a join
 * code has 50 bits, and this keeps guessing at a few tries a minute.
 */

/** Counts failures per address in a sliding window and bans an address for a while. */
export class FailureThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly banned = new Map<string, number>();

  constructor(
    private readonly limit = 10,
    private readonly windowMs = 60_000,
    private readonly banMs = 5 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether an address may try now. */
  allowed(address: string): boolean {
    const until = this.banned.get(address);
    if (until === undefined) return true;
    if (until > this.now()) return false;
    this.banned.delete(address);
    return true;
  }

  /** Records one failure; bans the address once it has too many in the window. */
  fail(address: string): void {
    const t = this.now();
    const recent = (this.failures.get(address) ?? []).filter((at) => at > t - this.windowMs);
    recent.push(t);
    this.failures.set(address, recent);
    if (recent.length >= this.limit) {
      this.banned.set(address, t + this.banMs);
      this.failures.delete(address);
    }
  }
}
