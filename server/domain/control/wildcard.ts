// Wildcard patterns matched in time linear in text × pattern, never by a regular expression
// built from user input (which can backtrack exponentially): `*` stands for any run of
// characters (within one path segment in path patterns), `**` for any run at all.

type Token = { kind: 'char'; char: string } | { kind: 'star'; crossesSlash: boolean };

export interface WildcardOptions {
  /** `*` stops at `/` and `**` crosses it (path patterns); otherwise `*` matches anything. */
  segments?: boolean;
  caseInsensitive?: boolean;
}

function tokens(pattern: string, options: WildcardOptions): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== '*') {
      out.push({ kind: 'char', char: options.caseInsensitive ? pattern[i].toLowerCase() : pattern[i] });
      continue;
    }
    const double = options.segments && pattern[i + 1] === '*';
    if (double) i++;
    while (pattern[i + 1] === '*') i++;
    const previous = out[out.length - 1];
    const crossesSlash = !options.segments || !!double;
    // Consecutive stars match what the widest of them matches.
    if (previous?.kind === 'star') previous.crossesSlash ||= crossesSlash;
    else out.push({ kind: 'star', crossesSlash });
  }
  return out;
}

/** A matcher for the whole text: the set of pattern positions reachable is carried along the text. */
export function wildcardMatcher(pattern: string, options: WildcardOptions = {}): (text: string) => boolean {
  const pat = tokens(pattern, options);
  const m = pat.length;
  return (input) => {
    const text = options.caseInsensitive ? input.toLowerCase() : input;
    let current = new Uint8Array(m + 1);
    let next = new Uint8Array(m + 1);
    const close = (states: Uint8Array) => {
      for (let j = 0; j < m; j++) if (states[j] && pat[j].kind === 'star') states[j + 1] = 1;
    };
    current[0] = 1;
    close(current);
    for (let i = 0; i < text.length; i++) {
      next.fill(0);
      let alive = false;
      for (let j = 0; j < m; j++) {
        if (!current[j]) continue;
        const token = pat[j];
        if (token.kind === 'star') {
          if (token.crossesSlash || text[i] !== '/') { next[j] = 1; alive = true; }
        } else if (token.char === text[i]) {
          next[j + 1] = 1;
          alive = true;
        }
      }
      if (!alive) return false;
      close(next);
      [current, next] = [next, current];
    }
    return current[m] === 1;
  };
}
