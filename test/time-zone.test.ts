import { describe, expect, it } from 'vitest';

/** Runs in the `new-york` project only (vitest.config.ts): proves its suites really run outside UTC. */
describe('the new-york test project', () => {
  it('runs in America/New_York, five hours behind UTC in January', () => {
    expect(process.env['TZ']).toBe('America/New_York');
    expect(new Date(Date.UTC(2023, 0, 15)).getTimezoneOffset()).toBe(300);
    expect(new Date(Date.UTC(2023, 0, 15, 3)).getDate()).toBe(14);
  });
});
