// The error codes of deployments, with the messages of docs/references/error-handling.md; 1139,
// 1140 and 1142 are the global-sales codes of domain/protocol/errors.ts.
import { tableError } from '../protocol/errors.js';
import { orderErrors } from '../orders/order-errors.js';

const make = tableError;

export const deploymentErrors = {
  sameCountry: make(400, '1141', 'Deployment and customer country cannot be the same'),
  invalidDeployment: orderErrors.invalidDeployment,
  notAllowed: make(400, '2139', 'Deployment not allowed for this contract'),
};
