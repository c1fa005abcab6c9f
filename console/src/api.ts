// The console's one way to the simulator: the typed control-plane client partners use.
import { connectSimulator, type ControlPlane } from '../../server/control-plane/http-client.js';
import type { AdobeError } from '../../server/domain/protocol/errors.js';

export type { ControlPlane };
export type { ConsoleAdmin, Customer, Distributor, Reseller, WelcomeEmail } from '../../server/domain/types.js';
export type { Fault } from '../../server/domain/control/faults.js';
export type { AccountStatus } from '../../server/domain/customers/account-status.js';
export type { CustomerPatch } from '../../server/control-plane/control-plane.js';
export type FaultInput = Parameters<ControlPlane['armFault']>[0];
export type { StateDocument } from '../../server/domain/control/state.js';
export type { JournalEntry } from '../../server/control-plane/journal-types.js';

const TOKEN_KEY = 'vipm-sim-admin-token';

export const savedToken = () => sessionStorage.getItem(TOKEN_KEY) ?? undefined;
export const saveToken = (token: string) => sessionStorage.setItem(TOKEN_KEY, token);
export const forgetToken = () => sessionStorage.removeItem(TOKEN_KEY);

/** The simulator serving this page: the console lives at <origin>/__sandbox/console/. */
export const connect = (token = savedToken()): ControlPlane => connectSimulator(location.origin, { adminToken: token });

export interface ShownError {
  status?: number;
  code?: string;
  message: string;
  additionalDetails: string[];
}

export function shown(error: unknown): ShownError {
  const e = error as Partial<AdobeError>;
  return { status: e.status, code: e.code, message: e.message ?? String(error), additionalDetails: e.additionalDetails ?? [] };
}
