// The ids the simulator gives out, one sequence per kind (a state's `sequences` record), and where
// each starts when a state names none.
import { FIRST_TRANSFER_ID } from './partners/reseller-change.js';
import type { Sequences } from './types.js';

/** Reseller ids are not among them: they stay above every reseller id seeded (domain/partners/reseller.ts#nextResellerId). */
export type SequenceName = Exclude<keyof Sequences, 'reseller'>;

export const FIRST_IDS: Required<Pick<Sequences, SequenceName>> = {
  customer: 1005600001,
  linkedMembership: 51001001,
  email: 1,
  order: 5120000001,
  deployment: 3454000001,
  transfer: FIRST_TRANSFER_ID,
};

export const SEQUENCE_NAMES = Object.keys(FIRST_IDS) as SequenceName[];
