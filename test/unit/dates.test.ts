/**
 * The one date module (server/contract/dates.ts, dayjs with a fixed +08:00), which server and
 * mini program share: Shanghai days and times whatever the machine's zone, with no Intl.
 */
import {
  addDaysToDate,
  chineseDate,
  daysBetween,
  endOfShanghaiDay,
  shanghaiDate,
  shanghaiDateTime,
  shanghaiPeriod,
  shanghaiTimeOn,
  startOfShanghaiDay,
} from '../../server/contract/dates';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe.each(['UTC', 'America/New_York', 'Asia/Kathmandu', 'Asia/Shanghai'])('on a machine in %s', (tz) => {
  beforeEach(() => {
    process.env.TZ = tz;
  });

  it.each([
    ['2026-11-24T02:00:00.000Z', '2026-11-24', '2026-11-24 10:00'],
    ['2026-12-31T15:59:59.999Z', '2026-12-31', '2026-12-31 23:59'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01', '2027-01-01 00:00'],
    ['2028-02-28T17:30:00.000Z', '2028-02-29', '2028-02-29 01:30'],
  ])('%s is %s, %s in Shanghai', (iso, date, dateTime) => {
    expect(shanghaiDate(new Date(iso))).toBe(date);
    expect(shanghaiDate(iso)).toBe(date);
    expect(shanghaiDateTime(new Date(iso))).toBe(dateTime);
  });

  it('bounds Shanghai days as instants', () => {
    expect(startOfShanghaiDay('2026-12-01').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-12-01').toISOString()).toBe('2026-12-01T15:59:59.999Z');
    expect(shanghaiTimeOn('2026-12-01', 9).toISOString()).toBe('2026-12-01T01:00:00.000Z');
    expect(shanghaiTimeOn('2026-12-01', 23, 30).toISOString()).toBe('2026-12-01T15:30:00.000Z');
    const p = shanghaiPeriod('2026-11-01', '2026-11-30');
    expect([p.from.toISOString(), p.to.toISOString()]).toEqual([
      '2026-10-31T16:00:00.000Z',
      '2026-11-30T16:00:00.000Z',
    ]);
  });

  it('counts calendar days across months, years and leap days', () => {
    expect(addDaysToDate('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToDate('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDaysToDate('2026-11-24', 400)).toBe('2027-12-29');
    expect(daysBetween('2026-11-24', '2026-12-01')).toBe(7);
    expect(daysBetween('2026-12-01', '2026-11-24')).toBe(-7);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
  });
});

it('reads a day aloud', () => {
  expect(chineseDate('2026-12-01')).toBe('2026年12月1日');
  expect(chineseDate('2027-01-09')).toBe('2027年1月9日');
});
