import { addDays, calendarCoversYear } from '../../server/domain/calendar';
import { cardDue } from '../../server/domain/card.rules';
import { addDaysToDate, daysBetween, endOfShanghaiDay, shanghaiDate } from '../../server/contract/dates';

describe('Shanghai dates', () => {
  it('reads the calendar date in UTC+8 whatever the process zone', () => {
    expect(shanghaiDate(new Date('2026-11-24T15:59:59.999Z'))).toBe('2026-11-24');
    expect(shanghaiDate(new Date('2026-11-24T16:00:00.000Z'))).toBe('2026-11-25');
    expect(endOfShanghaiDay('2026-12-31').toISOString()).toBe('2026-12-31T15:59:59.999Z');
    expect(addDaysToDate('2026-02-27', 2)).toBe('2026-03-01');
    expect(daysBetween('2026-11-24', '2026-12-01')).toBe(7);
    expect(daysBetween('2026-12-01', '2026-11-24')).toBe(-7);
  });
});

describe('deadline calendar', () => {
  it('counts natural days', () => {
    expect(addDays('2026-09-30', 7, 'natural')).toEqual({ date: '2026-10-07' });
  });

  it('skips the National Day holiday and counts its 调休 make-up workday', () => {
    // 2026: 1–7 Oct off; Sun 20 Sep and Sat 10 Oct are make-up workdays.
    expect(addDays('2026-09-30', 1, 'working').date).toBe('2026-10-08');
    expect(addDays('2026-10-09', 1, 'working').date).toBe('2026-10-10');
    expect(addDays('2026-09-19', 0, 'working').date).toBe('2026-09-20');
  });

  it('day 0 on a weekend is the next workday', () => {
    expect(addDays('2026-11-29', 0, 'working').date).toBe('2026-11-30');
  });

  it('warns when a year has no holiday data and falls back to Mon–Fri', () => {
    expect(calendarCoversYear(2026)).toBe(true);
    expect(calendarCoversYear(2031)).toBe(false);
    const due = addDays('2031-03-06', 1, 'working');
    expect(due.date).toBe('2031-03-07');
    expect(due.warning).toMatch(/2031/);
  });

  it('a card issued late in the evening counts from the Shanghai date', () => {
    // 2026-11-24T17:00Z is Wed 25 Nov 01:00 in Shanghai.
    const due = cardDue(new Date('2026-11-24T17:00:00Z'), '承诺件', 1, 'working');
    expect(due.date).toBe('2026-11-26');
    expect(due.dueAt.toISOString()).toBe('2026-11-26T15:59:59.999Z');
    expect(cardDue(new Date('2026-11-24T17:00:00Z'), '即办件', 9, 'natural').date).toBe('2026-11-25');
  });
});
