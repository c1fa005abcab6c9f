// Settings of one simulator instance, with their defaults.
import type { ThreeYearCommitMode } from './domain/commitments/three-year-commit.js';
import { DEFAULT_TOKEN_TTL_MS } from './domain/protocol/auth.js';

export interface SimulatorSettings {
  /** How long a new customer stays pending (1002) on the simulated clock. */
  activationDelayMs: number;
  /** How long a NEW or RETURN order stays open (1002) on the simulated clock. */
  orderDelayMs: number;
  /** How long an access token lives on the simulated clock. */
  tokenTtlMs: number;
  /** `production`: 3YC requests expire after 7 days; `sandbox`: never, as in Adobe's sandbox. */
  threeYearCommitMode: ThreeYearCommitMode;
}

export const DEFAULT_SETTINGS: SimulatorSettings = {
  activationDelayMs: 60_000,
  orderDelayMs: 60_000,
  tokenTtlMs: DEFAULT_TOKEN_TTL_MS,
  threeYearCommitMode: 'production',
};
