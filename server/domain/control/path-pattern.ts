// Path patterns of faults and journal filters: `*` is any run of characters within one path
// segment, `**` any run at all; everything else matches itself.
import { wildcardMatcher } from './wildcard.js';

export function pathPattern(pattern: string): { test(path: string): boolean } {
  const matches = wildcardMatcher(pattern, { segments: true });
  return { test: matches };
}
