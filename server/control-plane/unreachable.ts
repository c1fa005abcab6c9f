// Why a fetch found no simulator, in words: fetch itself only says "fetch failed", and the
// reason (ECONNREFUSED, ENOTFOUND, …) hides in its cause.

export function unreachableReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (!cause?.code) return cause?.message ?? (error as Error).message;
  return `${cause.code}${cause.code === 'ECONNREFUSED' ? ': nothing listens there (is the simulator running?)' : ''}`;
}

/** fetch, rejecting with `cannot reach URL (reason)` (the fetch error as its cause) when nothing answers. */
export async function fetchOrExplain(doFetch: typeof fetch, url: string, init?: RequestInit): Promise<Response> {
  try {
    return await doFetch(url, init);
  } catch (error) {
    throw new Error(`cannot reach ${url} (${unreachableReason(error)})`, { cause: error });
  }
}
