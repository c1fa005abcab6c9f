// Adobe's account statuses, for customers and resellers alike
// (https://developer.adobe.com/vipmp/docs/references/status-codes).
export const ACTIVE = '1000';
export const PENDING = '1002';
/** Inactive, with no more specific reason. */
export const INACTIVE = '1004';
export const INACTIVE_INVALID_ADDRESS = '1010';
export const BLOCKED = '1012';
export const INACTIVE_DUPLICATE = '1014';
/** The duplicate-account status as Adobe's sandbox portal labels it. */
export const DUPLICATE = '1024';
export const INVALID_CUSTOMER_ID = '1026';

export type AccountStatus = typeof ACTIVE | typeof PENDING | typeof INACTIVE | typeof INACTIVE_INVALID_ADDRESS | typeof BLOCKED
  | typeof INACTIVE_DUPLICATE | typeof DUPLICATE | typeof INVALID_CUSTOMER_ID;
