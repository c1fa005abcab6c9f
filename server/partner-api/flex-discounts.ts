// The flexible discount operations: the open discounts a partner may offer, and the reusable ones
// a customer used (domain/discounts/flex-discount-list.ts).
import { customerFlexDiscountList, flexDiscountList } from '../domain/discounts/flex-discount-list.js';
import type { PartnerHandlers } from './call-context.js';
import { catalogueOf } from './holdings.js';
import { customerHoldings } from './orders.js';

export function flexDiscountHandlers(): PartnerHandlers<'getFlexDiscounts' | 'getCustomerFlexDiscounts'> {
  return {
    async getFlexDiscounts(ctx) {
      const distributor = await ctx.scope.distributor();
      return flexDiscountList(await ctx.tx.list('flexDiscounts'), ctx.call.query, { distributor, marketSegments: await ctx.scope.marketSegments() }, await catalogueOf(ctx.tx), ctx.now);
    },

    async getCustomerFlexDiscounts(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      return customerFlexDiscountList(await ctx.tx.list('flexDiscounts'), held.orders, held.customer.customerId, ctx.call.query, ctx.now);
    },
  };
}
