import { describe, expect, it } from 'vitest';
import { RetryBudget } from '../../src/clerk/retry-budget.js';

function drain(budget: RetryBudget): number {
  let granted = 0;
  while (budget.tryRetry()) granted += 1;
  return granted;
}

describe('RetryBudget', () => {
  it('lets a quiet client retry from the reserve (minRetriesPerSecond × window) and no more', () => {
    let now = 0;
    const budget = new RetryBudget({ ratio: 0.2, minRetriesPerSecond: 1, windowMs: 10_000 }, () => now);
    expect(drain(budget)).toBe(10);
    expect(budget.tryRetry()).toBe(false);
    now = 5_000;
    expect(budget.tryRetry()).toBe(false);
  });

  it('adds ratio tokens per call', () => {
    const budget = new RetryBudget({ ratio: 0.2, minRetriesPerSecond: 0, windowMs: 10_000 }, () => 0);
    expect(budget.tryRetry()).toBe(false);
    for (let i = 0; i < 4; i += 1) budget.recordCall();
    expect(budget.tryRetry()).toBe(false); // 0.8 tokens
    budget.recordCall();
    expect(budget.tryRetry()).toBe(true); // 1.0 token
    expect(budget.tryRetry()).toBe(false);
    for (let i = 0; i < 100; i += 1) budget.recordCall();
    expect(drain(budget)).toBe(20);
  });

  it('forgets calls and retries once they leave the window', () => {
    let now = 0;
    const budget = new RetryBudget({ ratio: 1, minRetriesPerSecond: 0, windowMs: 10_000 }, () => now);
    for (let i = 0; i < 3; i += 1) budget.recordCall();
    expect(drain(budget)).toBe(3);
    now = 9_999;
    expect(budget.tryRetry()).toBe(false);
    budget.recordCall();
    now = 10_000; // the first slot's calls and retries expire together
    expect(drain(budget)).toBe(1);
    now = 25_000;
    expect(budget.balance()).toBe(0);
  });

  it('falls back to defaults for invalid options instead of throwing', () => {
    const budget = new RetryBudget({ ratio: Number.NaN, minRetriesPerSecond: -4, windowMs: Number.NaN }, () => 0);
    expect(budget.balance()).toBe(0);
    for (let i = 0; i < 10; i += 1) budget.recordCall();
    expect(drain(budget)).toBe(2);
  });
});
