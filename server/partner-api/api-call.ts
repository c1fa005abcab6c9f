// A call of the simulated API, free of any HTTP framework: what the HTTP adapter hands the
// service layer, and the response it gets back.

export interface ApiCall {
  method: string;
  /** The path as requested, without the query string. */
  path: string;
  params: Record<string, string>;
  query: Record<string, unknown>;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The raw body; undefined when none was sent. */
  body?: Buffer;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  /** Serialized body. */
  body: string;
  /** The simulated time the call was handled at (for the request journal). */
  at?: Date;
}

export const JSON_TYPE = 'application/json';

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': JSON_TYPE, ...headers }, body: JSON.stringify(body) };
}
