// The recording format: JSON lines. The first line describes the recording (format, version,
// upstream), each further line is one exchange: the request as sent and the answer as received,
// secrets masked (domain/secrets.ts), each body kept up to BODY_KEEP bytes as the journal keeps
// them. A recording is read back only through readRecording (recording-file.ts), which checks
// every line and bounds the whole.
import { BODY_KEEP } from '../control-plane/journal.js';

export const RECORDING_FORMAT = 'vipm-sim-recording';
export const RECORDING_VERSION = 1;

/** What a recording may hold; a file beyond any of these is refused before it is parsed. */
export const RECORDING_LIMITS = {
  maxFileBytes: 64 * 1024 * 1024,
  maxExchanges: 10_000,
  /** Each body keeps its first bytes only (the journal's limit). */
  bodyKeep: BODY_KEEP,
  /** One line: two bodies, escaped, and the headers. */
  maxLineBytes: 256 * 1024,
};

/** A body as recorded: parsed JSON, a form, or text; `truncated` when only its first bytes were kept. */
export interface RecordedBody {
  json?: unknown;
  form?: Record<string, string>;
  text?: string;
  /** Its length as sent, in bytes. */
  bytes: number;
  truncated?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** The path without the query, e.g. /v3/customers/1005000002. */
  path: string;
  /** The query string without its `?` ('' when none), secrets masked. */
  query: string;
  headers: Record<string, string>;
  body?: RecordedBody;
}

export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  body?: RecordedBody;
}

/** How the answer compares with contracts/openapi.yaml, checked while recording. */
export interface ContractCheck {
  /** The contract's operation for the request, when it describes one. */
  operationId?: string;
  /** Why the answer does not fit the contract; absent when it fits. */
  misfit?: string;
}

export interface Exchange {
  /** 1, 2, …: the order the answers came back in, which is the order of replay. */
  seq: number;
  /** When the request was sent (ISO 8601): the replay's clock follows the gaps between these. */
  at: string;
  durationMs: number;
  request: RecordedRequest;
  response: RecordedResponse;
  contract?: ContractCheck;
}

export interface RecordingHeader {
  format: typeof RECORDING_FORMAT;
  version: typeof RECORDING_VERSION;
  recordedAt: string;
  upstream: { api: string; ims: string };
  /** Whether ids were replaced by pseudonyms while recording (`record --anonymise`). */
  anonymised: boolean;
  /** Free text: what was recorded, against what. */
  note?: string;
}

export interface Recording {
  header: RecordingHeader;
  exchanges: Exchange[];
}
