// Generated from contracts/openapi.yaml by `npm run generate:types`. Do not edit by hand.

/** Every operation of the file, by operationId. */
export const OPERATIONS = {
  createCustomer: { method: 'POST', path: '/v3/customers' },
  getCustomer: { method: 'GET', path: '/v3/customers/{customer-id}' },
  updateCustomer: { method: 'PATCH', path: '/v3/customers/{customer-id}' },
  listCustomers: { method: 'GET', path: '/v3/resellers/{reseller-id}/customers' },
  searchLinkedMembershipGroups: { method: 'GET', path: '/v3/linked_membership_groups' },
  enrollLinkedMembership: { method: 'POST', path: '/v3/customers/{customer-id}/linked_membership/enroll/{linked_membership_id}' },
  getOpenAcquisitions: { method: 'GET', path: '/v3/customers/{customer-id}/open-acquisitions' },
  getOrderHistory: { method: 'GET', path: '/v3/customers/{customer-id}/orders' },
  createOrder: { method: 'POST', path: '/v3/customers/{customer-id}/orders' },
  getOrder: { method: 'GET', path: '/v3/customers/{customer-id}/orders/{order-id}' },
  updateOrder: { method: 'PATCH', path: '/v3/customers/{customer-id}/orders/{order-id}' },
  listSubscriptions: { method: 'GET', path: '/v3/customers/{customer-id}/subscriptions' },
  createSubscription: { method: 'POST', path: '/v3/customers/{customer-id}/subscriptions' },
  getSubscription: { method: 'GET', path: '/v3/customers/{customer-id}/subscriptions/{subscription-id}' },
  updateSubscription: { method: 'PATCH', path: '/v3/customers/{customer-id}/subscriptions/{subscription-id}' },
  getPriceList: { method: 'POST', path: '/v3/pricelist' },
  getTokenV3: { method: 'POST', path: '/ims/token/v3' },
  getTokenV2: { method: 'POST', path: '/ims/token/v2' },
  ping: { method: 'GET', path: '/partnerservice/ping' },
  pingRoot: { method: 'GET', path: '/ping' },
} as const;
