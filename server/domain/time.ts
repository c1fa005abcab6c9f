// Simulated time: ISO-8601 durations, the clock, and the calendar arithmetic the rules use.
import type { ClockState } from './types.js';

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

export interface Duration {
  years: number; months: number; days: number; milliseconds: number;
}

/** Parses an ISO-8601 duration (`P30D`, `PT1M`, `P1Y2M`, `-P1D`); undefined when it is not one. */
export function parseDuration(text: string): Duration | undefined {
  const negative = text.startsWith('-');
  const match = DURATION.exec(negative ? text.slice(1) : text);
  if (!match) return undefined;
  const n = (i: number) => Number(match[i] ?? 0);
  const sign = negative ? -1 : 1;
  return {
    years: sign * n(1),
    months: sign * n(2),
    days: sign * (n(3) * 7 + n(4)),
    milliseconds: sign * Math.round(((n(5) * 60 + n(6)) * 60 + n(7)) * 1000),
  };
}

export function addDuration(instant: Date, d: Duration): Date {
  const out = new Date(instant.getTime());
  if (d.years || d.months) out.setUTCMonth(out.getUTCMonth() + d.years * 12 + d.months);
  if (d.days) out.setUTCDate(out.getUTCDate() + d.days);
  return new Date(out.getTime() + d.milliseconds);
}

export function durationMs(text: string): number | undefined {
  const d = parseDuration(text);
  if (!d) return undefined;
  const epoch = new Date(0);
  return addDuration(epoch, d).getTime();
}

/** The simulated clock as the control plane shows it. */
export interface ClockView {
  now: string;
  frozen: boolean;
}

export const realClock: ClockState = { offsetMs: 0, frozenAt: null };

export function clockNow(clock: ClockState, realNowMs: number): Date {
  return clock.frozenAt ? new Date(clock.frozenAt) : new Date(realNowMs + clock.offsetMs);
}

/** Moves the simulated clock to `target`, keeping it frozen if it was. */
export function setClock(clock: ClockState, target: Date, realNowMs: number): ClockState {
  return clock.frozenAt
    ? { offsetMs: clock.offsetMs, frozenAt: target.toISOString() }
    : { offsetMs: target.getTime() - realNowMs, frozenAt: null };
}

/** `YYYY-MM-DD` of an instant, in UTC. */
export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Date-time in UTC with whole seconds and `Z`, as Adobe writes `creationDate`. */
export function isoSeconds(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return isoDate(d);
}
