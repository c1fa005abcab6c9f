// The simulated Adobe API without HTTP: the partner operations (each through the pipeline),
// the IMS token endpoints and ping. It reads and writes the store; it knows nothing of the
// control plane.
import type { Contract } from '../contract/contract.js';
import type { Store } from '../store/store.js';
import type { ApiCall, ApiResponse } from './api-call.js';
import type { PartnerHandler, PartnerHandlers, PartnerOperationId } from './call-context.js';
import type { SimulatorSettings } from '../settings.js';
import { customerHandlers } from './customers.js';
import { flexDiscountHandlers } from './flex-discounts.js';
import { deploymentHandlers } from './deployments.js';
import { recommendationHandlers } from './recommendations.js';
import { groupHandlers } from './group-handlers.js';
import { membershipHandlers } from './memberships.js';
import { notificationHandlers } from './notifications.js';
import { orderHandlers } from './orders.js';
import { resellerHandlers } from './resellers.js';
import { subscriptionHandlers } from './subscriptions.js';
import { switchPathHandlers } from './switch-paths.js';
import { transferHandlers } from './transfers.js';
import { runPartnerCall } from './pipeline.js';
import { ping, requestToken } from './tokens.js';

const partnerHandlers = (settings: SimulatorSettings): PartnerHandlers<PartnerOperationId> => ({
  ...customerHandlers(settings), ...groupHandlers(settings), ...orderHandlers(settings), ...subscriptionHandlers(),
  ...resellerHandlers(settings), ...notificationHandlers(settings), ...switchPathHandlers(), ...flexDiscountHandlers(),
  ...membershipHandlers(settings), ...deploymentHandlers(), ...recommendationHandlers(), ...transferHandlers(settings),
});

export interface PartnerApiParts {
  store: Store;
  contract: Contract;
  settings: SimulatorSettings;
  /** Real time in ms; the simulated clock is an offset from it. */
  realNow: () => number;
}

export class PartnerApi {
  private readonly handlers: PartnerHandlers<PartnerOperationId>;

  constructor(private readonly parts: PartnerApiParts) {
    this.handlers = partnerHandlers(parts.settings);
  }

  operationIds(): PartnerOperationId[] {
    return Object.keys(this.handlers) as PartnerOperationId[];
  }

  call(operationId: PartnerOperationId, call: ApiCall): Promise<ApiResponse> {
    return runPartnerCall(this.parts, operationId, this.handlers[operationId] as PartnerHandler, call, this.parts.realNow());
  }

  /** The token endpoints: the fields of the form (v3) or query string (v2) as sent. */
  token(fields: Record<string, unknown>): Promise<ApiResponse> {
    return requestToken(this.parts.store, fields, this.parts.settings.tokenTtlMs, this.parts.realNow());
  }

  ping(call: ApiCall): Promise<ApiResponse> {
    return ping(this.parts.store, call, this.parts.realNow());
  }
}
