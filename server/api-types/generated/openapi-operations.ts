// Generated from contracts/openapi.yaml by `npm run generate:types`. Do not edit by hand.

/** Every operation of the file, by operationId. */
export const OPERATIONS = {
  createCustomer: { method: 'POST', path: '/v3/customers' },
  getCustomer: { method: 'GET', path: '/v3/customers/{customer-id}' },
  updateCustomer: { method: 'PATCH', path: '/v3/customers/{customer-id}' },
  listCustomers: { method: 'GET', path: '/v3/resellers/{reseller-id}/customers' },
  getResellerList: { method: 'GET', path: '/v3/resellers' },
  createReseller: { method: 'POST', path: '/v3/resellers' },
  getReseller: { method: 'GET', path: '/v3/resellers/{reseller-id}' },
  updateReseller: { method: 'PATCH', path: '/v3/resellers/{reseller-id}' },
  searchLinkedMembershipGroups: { method: 'GET', path: '/v3/linked_membership_groups' },
  enrollLinkedMembership: { method: 'POST', path: '/v3/customers/{customer-id}/linked_membership/enroll/{linked_membership_id}' },
  getOpenAcquisitions: { method: 'GET', path: '/v3/customers/{customer-id}/open-acquisitions' },
  getNotifications: { method: 'GET', path: '/v3/notifications' },
  getTokenV3: { method: 'POST', path: '/ims/token/v3' },
  getTokenV2: { method: 'POST', path: '/ims/token/v2' },
  ping: { method: 'GET', path: '/partnerservice/ping' },
} as const;
