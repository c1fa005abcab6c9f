// The control plane of flexible discounts (what Adobe sets up, and the sandbox portal's "View
// Available Flex Discounts" and "Edit Reusable Flex Discounts"): the discounts as defined, one
// defined or replaced by its code, one removed.
import { flexDiscountProblems, normalizeFlexDiscount, type FlexDiscount, type FlexDiscountSeed } from '../domain/discounts/flex-discounts.js';
import { errorFor, errors } from '../domain/protocol/errors.js';
import type { StateOperations } from './state-operations.js';

export class FlexDiscountOperations {
  constructor(private readonly state: StateOperations) {}

  discounts(): Promise<FlexDiscount[]> {
    return this.state.work((tx) => tx.list('flexDiscounts'));
  }

  /** Defines the discount under the path's code (1117 naming each problem of its dates or values). */
  putDiscount(code: string, body: Omit<FlexDiscountSeed, 'code'> & { code?: string }): Promise<FlexDiscount> {
    const seed = { ...body, code };
    const problems = flexDiscountProblems([seed], 'body').map((p) => ({ ...p, path: p.path.replace('body[0]', 'body') }));
    if (body.code !== undefined && body.code !== code) problems.push({ path: 'body.code', reason: `is ${body.code}, the path names ${code}` });
    if (problems.length) throw errorFor(errors.invalidFields, problems);
    return this.state.work(async (tx) => {
      const discount = normalizeFlexDiscount(seed);
      await tx.put('flexDiscounts', code, discount);
      return discount;
    });
  }

  deleteDiscount(code: string): Promise<number> {
    return this.state.work(async (tx) => {
      if (!await tx.get('flexDiscounts', code)) return 0;
      await tx.delete('flexDiscounts', code);
      return 1;
    });
  }
}
