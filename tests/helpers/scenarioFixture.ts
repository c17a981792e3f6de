import { readFileSync } from 'node:fs';

/** A fresh, mutable copy of the baseline scenario's JSON, to break in tests. */
export function baselineJson(): Record<string, any> {
  return JSON.parse(readFileSync('scenarios/baseline-2024-01.json', 'utf8'));
}
