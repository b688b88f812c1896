/** The fault syntax. */
import { describe, expect, it } from 'vitest';
import { parseFault } from '../src/index';

describe('parseFault', () => {
  it('reads directives separated by commas or semicolons', () => {
    expect(parseFault('latency=300, status=429; retry-after=2')).toEqual({
      ok: true,
      fault: { latencyMs: 300, status: 429, retryAfterSeconds: 2 },
    });
    expect(parseFault('drop')).toEqual({ ok: true, fault: { drop: true } });
    expect(parseFault('latency=10,malformed')).toEqual({
      ok: true,
      fault: { latencyMs: 10, malformed: true },
    });
  });

  it('refuses what it does not understand instead of ignoring it', () => {
    for (const bad of [
      'explode',
      'latency=-1',
      'latency=99999999',
      'status=200',
      'status=600',
      'retry-after=1',
      'drop,malformed',
      'status=500,drop',
    ]) {
      expect(parseFault(bad).ok, bad).toBe(false);
    }
  });
});
