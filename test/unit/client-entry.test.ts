/** The client's pure rules: how a page finds its id, and how a card's deadline reads today. */
import { dueStatus, promiseText } from '../../src/lib/due-status';
import { entryId, idFromUrl } from '../../src/lib/entry-id';
import { countdown, serverClock } from '../../src/lib/countdown';
import { percent, period } from '../../src/lib/periods';

describe('entryId: the three ways into a card or window page', () => {
  const id = 'Ab3dEf6hIj9kLm2nOp4q';
  it('takes `id` from an in-app link or the H5 URL', () => {
    expect(entryId({ id })).toBe(id);
  });
  it('takes `scene` from a 小程序码, URL-encoded or not', () => {
    expect(entryId({ scene: id })).toBe(id);
    expect(entryId({ scene: encodeURIComponent(id) })).toBe(id);
  });
  it('takes `q` from a plain-URL QR: the short address the codes carry', () => {
    expect(entryId({ q: encodeURIComponent(`https://hall.example.cn/c/${id}`) })).toBe(id);
    expect(entryId({ q: encodeURIComponent(`https://hall.example.cn/pj/w/${id}?scancode_time=1`) })).toBe(id);
    expect(entryId({ q: encodeURIComponent(`https://hall.example.cn/x/${id}`) })).toBeNull();
  });
  it('takes `q` from a plain-URL QR, the whole URL encoded, hash route included', () => {
    const url = `https://hall.example.cn/#/pages/card/index?id=${id}`;
    expect(entryId({ q: encodeURIComponent(url) })).toBe(id);
    expect(idFromUrl(`https://hall.example.cn/c?from=qr&id=${id}`)).toBe(id);
  });
  it('rejects what cannot be an id', () => {
    expect(entryId({})).toBeNull();
    expect(entryId({ id: '../etc' })).toBeNull();
    expect(entryId({ scene: 'x'.repeat(33) })).toBeNull();
    expect(entryId({ q: encodeURIComponent('https://evil.example/?card=1') })).toBeNull();
    expect(entryId({ id: '%E0%A4%A' })).toBeNull();
  });
});

describe('dueStatus and promiseText', () => {
  const card = { matterType: '承诺件' as const, promisedDays: 5, dayKind: 'working' as const, dueDate: '2026-12-01' };
  // 2026-11-30T17:00Z is already 12-01 01:00 in Shanghai: the day is counted in Shanghai, not UTC.
  it('counts the days left in Shanghai time', () => {
    expect(dueStatus(card, new Date('2026-11-24T02:00:00Z'))).toEqual({
      kind: 'pending',
      text: '还剩 7 天',
      daysLeft: 7,
    });
    expect(dueStatus(card, new Date('2026-11-30T17:00:00Z'))).toEqual({ kind: 'due-today', text: '今天到期' });
    expect(dueStatus(card, new Date('2026-12-03T02:00:00Z'))).toEqual({
      kind: 'overdue',
      text: '已超期 2 天',
      daysOver: 2,
    });
  });
  it('a 即办件 has no deadline to count', () => {
    expect(dueStatus({ ...card, matterType: '即办件', promisedDays: 0 }, new Date())).toEqual({
      kind: 'on-spot',
      text: '当场办结',
    });
    expect(promiseText({ ...card, matterType: '即办件', promisedDays: 0 })).toBe('当场办结');
    expect(promiseText(card)).toBe('5 个工作日');
    expect(promiseText({ ...card, dayKind: 'natural' })).toBe('5 个自然日');
  });
  it('a card past its due date but 办结, 退回 or paused for 补正 is not “已超期”', () => {
    const late = new Date('2026-12-09T02:00:00Z');
    expect(dueStatus({ ...card, status: 'completed', completedAt: '2026-11-30T08:00:00Z' }, late)).toEqual({
      kind: 'done',
      text: '已于 2026年11月30日 办结',
    });
    expect(dueStatus({ ...card, status: 'returned' }, late)).toEqual({ kind: 'returned', text: '已退回' });
    expect(dueStatus({ ...card, status: 'supplement' }, late)).toEqual({ kind: 'paused', text: '待补正（时限暂停）' });
    expect(dueStatus({ ...card, status: 'accepted' }, late).kind).toBe('overdue');
  });
});

describe('countdown: a deadline as a handler reads it, from the server’s clock', () => {
  const due = '2026-12-01T15:59:59.999Z';
  const at = (iso: string) => new Date(iso).getTime();
  it('counts days and hours left, flags the last 48 hours, and counts overdue time', () => {
    expect(countdown(due, at('2026-11-24T02:00:00Z'))).toEqual({
      text: '还剩 7 天 13 小时',
      overdue: false,
      soon: false,
    });
    expect(countdown(due, at('2026-11-30T02:00:00Z'))).toEqual({
      text: '还剩 1 天 13 小时',
      overdue: false,
      soon: true,
    });
    expect(countdown(due, at('2026-12-01T15:30:00Z'))).toEqual({
      text: '还剩 不到 1 小时',
      overdue: false,
      soon: true,
    });
    expect(countdown(due, at('2026-12-02T19:00:00Z'))).toEqual({
      text: '已逾期 1 天 3 小时',
      overdue: true,
      soon: false,
    });
  });
  it('runs from the server’s time, not the phone’s', () => {
    const clock = serverClock('2026-12-01T00:00:00.000Z', at('2026-11-01T00:00:00Z'));
    expect(clock() - Date.now()).toBeGreaterThan(29 * 24 * 3600_000);
  });
});

describe('statistics periods, in Shanghai days', () => {
  // 2026-12-31T17:00Z is already 2027-01-01 in Shanghai.
  const newYear = new Date('2026-12-31T17:00:00Z');
  it('month, last month across a year end, quarter and year', () => {
    expect(period('thisMonth', newYear)).toEqual({ from: '2027-01-01', to: '2027-01-31' });
    expect(period('lastMonth', newYear)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(period('thisQuarter', new Date('2026-11-24T02:00:00Z'))).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(period('thisMonth', new Date('2028-02-10T02:00:00Z'))).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(period('thisYear', newYear)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });
  it('formats rates as percentages, a missing one as a dash', () => {
    expect(percent(0.8567)).toBe('85.7%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('—');
  });
});
