// The deployment operations of a global customer (domain/customers/deployments.ts); deployments
// are kept on the customer record.
import {
  createDeployment, deploymentView, findDeployment, listDeployments, updateDeployment,
} from '../domain/customers/deployments.js';
import { SUBSCRIPTION_ACTIVE } from '../domain/orders/order-types.js';
import { withNewIds } from './new-ids.js';
import { saveCustomer } from './account-index.js';
import type { PartnerHandlers } from './call-context.js';
import { customerHoldings } from './orders.js';


export function deploymentHandlers(): PartnerHandlers<'createDeployment' | 'listDeployments' | 'getDeployment' | 'updateDeployment'> {
  return {
    async createDeployment(ctx) {
      const { customer } = await ctx.scope.customer(ctx.input.path['customer-id']);
      const request = ctx.input.body();
      // A refused request moves no sequence (withNewIds). The next deployment id the customer does not hold (a state may be imported with ids of its own).
      const distributor = await ctx.scope.distributor();
      const needs = { deployment: { count: 1, taken: (id: string) => (customer.deployments ?? []).some((d) => d.deploymentId === id) } };
      const created = await withNewIds(ctx.tx, needs, (ids) => createDeployment(customer, distributor, request, String(ids.deployment), ctx.now));
      await saveCustomer(ctx.tx, created.customer);
      return deploymentView(customer.customerId, created.deployment);
    },

    async listDeployments(ctx) {
      const { customer } = await ctx.scope.customer(ctx.input.path['customer-id']);
      return listDeployments(customer, ctx.input.query());
    },

    async getDeployment(ctx) {
      const { customer } = await ctx.scope.customer(ctx.input.path['customer-id']);
      return deploymentView(customer.customerId, findDeployment(customer, ctx.input.path['deployment-id']));
    },

    async updateDeployment(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      const found = findDeployment(held.customer, ctx.input.path['deployment-id']);
      const active = held.subscriptions.filter((s) => s.deploymentId === found.deploymentId && s.status === SUBSCRIPTION_ACTIVE).length;
      const updated = updateDeployment(held.customer, found, ctx.input.body(), active);
      await saveCustomer(ctx.tx, updated.customer);
      return deploymentView(held.customer.customerId, updated.deployment);
    },
  };
}
