// Simulated time of server/domain/time.ts, called directly: durations, the clock, calendar arithmetic.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addDuration, addYears, clockNow, durationMs, isoDate, isoSeconds, parseDuration, setClock } from '../server/domain/time.js';

describe('simulated time', () => {
  it('SBX-13 ISO-8601 durations: years, months, weeks, days, hours, minutes, seconds, negative', () => {
    assert.deepEqual(parseDuration('P1Y2M3W4DT5H6M7.5S'), { years: 1, months: 2, days: 25, milliseconds: ((5 * 60 + 6) * 60 + 7.5) * 1000 });
    assert.equal(parseDuration('-P1M')?.months, -1);
    assert.equal(durationMs('-P1D'), -86_400_000);
    assert.equal(durationMs('PT1M'), 60_000);
    assert.equal(durationMs('P2D'), 2 * 86_400_000);
    assert.equal(durationMs('-PT0.5S'), -500);
  });

  it('SBX-13 what is not a duration is refused', () => {
    assert.deepEqual(['', 'P', 'PT', '1D', 'P1H', 'PT1D', 'P-1D', 'P1.5D', 'p1d', ' P1D'].map(parseDuration), Array(10).fill(undefined));
  });

  it('SBX-13 months and years move the calendar, days keep the time of day across the month end', () => {
    const jan31 = new Date('2027-01-31T10:00:00Z');
    assert.equal(addDuration(jan31, parseDuration('P1D')!).toISOString(), '2027-02-01T10:00:00.000Z');
    assert.equal(addDuration(jan31, parseDuration('P1Y')!).toISOString(), '2028-01-31T10:00:00.000Z');
    assert.equal(addDuration(jan31, parseDuration('-PT10H')!).toISOString(), '2027-01-31T00:00:00.000Z');
  });

  it('SBX-13 a frozen clock reads its instant; a running one real time plus its offset; setting keeps it frozen or running', () => {
    assert.equal(clockNow({ offsetMs: 5000, frozenAt: '2026-11-01T09:00:00.000Z' }, 1_000).toISOString(), '2026-11-01T09:00:00.000Z');
    assert.equal(clockNow({ offsetMs: 5000, frozenAt: null }, 1_000).getTime(), 6_000);
    const target = new Date('2027-01-01T00:00:00Z');
    assert.deepEqual(setClock({ offsetMs: 7, frozenAt: '2026-11-01T09:00:00.000Z' }, target, 1_000), { offsetMs: 7, frozenAt: '2027-01-01T00:00:00.000Z' });
    assert.deepEqual(setClock({ offsetMs: 7, frozenAt: null }, target, 1_000), { offsetMs: target.getTime() - 1_000, frozenAt: null });
  });

  it('GET-01 dates: YYYY-MM-DD in UTC, date-times with whole seconds and Z', () => {
    assert.equal(isoDate(new Date('2026-11-01T23:59:59.999Z')), '2026-11-01');
    assert.equal(isoSeconds(new Date('2026-11-01T09:00:00.123Z')), '2026-11-01T09:00:00Z');
  });

  it('3YC-01 calendar arithmetic: days across months and years, a leap day a year on', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01');
    assert.equal(addDays('2027-03-01', -1), '2027-02-28');
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.equal(addYears('2027-05-02', 3), '2030-05-02');
    assert.equal(addYears('2028-02-29', 1), '2029-03-01');
  });
});
