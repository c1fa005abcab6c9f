// A contract operation's URL: its path template with the parameters filled in, and its query.
// Both clients (the control plane's connectSimulator and the partner's partnerClient) build
// their calls from the generated tables of operations with these.

/** The operation's path template with its parameters filled in. */
export function pathOf(template: string, params: object = {}): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String((params as Record<string, unknown>)[name] ?? '')));
}

/** The query string (with its `?`), a list sent as the parameter repeated; empty and undefined values left out. */
export function queryOf(query: object = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    for (const value of Array.isArray(v) ? v : [v]) if (value !== undefined && value !== '') params.append(k, String(value));
  }
  return params.size ? `?${params}` : '';
}
