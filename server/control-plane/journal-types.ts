// What the request journal shows and how it is searched: plain types, free of Node and Express,
// so the typed control-plane client (in a browser too) shares them.

export interface JournalEntry {
  id: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, unknown>;
  requestHeaders: Record<string, string>;
  requestBody: unknown;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  correlationId?: string;
  requestId?: string;
  customerId?: string;
  fault?: string;
  durationMs: number;
}

export interface JournalFilter {
  path?: string;
  method?: string;
  customerId?: string;
  status?: number;
  correlationId?: string;
  limit: number;
}
