// The SQLite driver, the PostgreSQL driver and Pact are optional peer dependencies: a
// memory-only install has none of them, so each is imported only when its feature is used.

/** An optional package that a chosen feature needs is not installed. */
export class MissingPeerError extends Error {
  readonly code = 'VIPM_SIM_MISSING_PEER';
}

/**
 * Runs `load` (a dynamic import that reaches `pkg`); when `pkg` is not installed, rejects with
 * one line saying which feature needs it and what to install.
 */
export async function loadPeer<T>(pkg: string, feature: string, install: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'ERR_MODULE_NOT_FOUND' && message.includes(`'${pkg}'`)) {
      throw new MissingPeerError(`${feature} needs ${pkg}: npm i ${install}`);
    }
    throw error;
  }
}
