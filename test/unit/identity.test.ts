import { randomIds } from '../../server/adapters/system/random-ids';
import { subjectHash } from '../../server/security/identity';
import { createTokens } from '../../server/security/tokens';
import { isOnLeave, onDutyStaff } from '../../server/domain/duty';
import { detailsProblem, hasReason, visitKey, DEFAULT_FORM } from '../../server/domain/evaluation.rules';
import { staffA, staffB, window1 } from '../support/fixtures';

describe('ids', () => {
  it('are 20 base62 characters: a valid 小程序码 scene, and do not repeat', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => randomIds.next()));
    expect(ids.size).toBe(5000);
    for (const id of ids) expect(id).toMatch(/^[0-9A-Za-z]{20}$/);
  });
});

describe('tokens', () => {
  const tokens = createTokens('secret-one');
  const now = new Date('2026-11-24T00:00:00Z');

  it('round-trip a principal until expiry', () => {
    const t = tokens.sign({ subject: 'guest:abc' }, 60, now);
    expect(tokens.verify(t, now)).toEqual({ subject: 'guest:abc' });
    expect(tokens.verify(t, new Date(now.getTime() + 61_000))).toBeNull();
  });

  it('reject a token signed with another secret or tampered with', () => {
    const t = createTokens('secret-two').sign({ subject: 'guest:abc' }, 60, now);
    expect(tokens.verify(t, now)).toBeNull();
    const mine = tokens.sign({ subject: 'guest:abc' }, 60, now);
    const [v, body, mac] = mine.split('.');
    const evil = Buffer.from(JSON.stringify({ subject: 'guest:abc', staffId: 'X', exp: 9e9 })).toString('base64url');
    expect(tokens.verify(`${v}.${evil}.${mac}`, now)).toBeNull();
    expect(tokens.verify(`${v}.${body}`, now)).toBeNull();
    expect(tokens.verify('garbage', now)).toBeNull();
  });
});

describe('resident anonymity', () => {
  it('hashes an identity with a key: stable, different per pepper, not the identity', () => {
    const h = subjectHash('pepper', 'wx:o123');
    expect(h).toBe(subjectHash('pepper', 'wx:o123'));
    expect(h).not.toBe(subjectHash('other', 'wx:o123'));
    expect(h).not.toContain('o123');
  });
});

describe('AB post duty', () => {
  const byId = (id: string) => [staffA, staffB].find((s) => s.id === id);
  it('the A post holder, unless on leave, then the B backup, else nobody', () => {
    expect(onDutyStaff(window1, byId, '2026-11-24')?.id).toBe(staffA.id);
    const away = { ...staffA, leave: [{ from: '2026-11-24', to: '2026-11-24' }] };
    expect(isOnLeave(away, '2026-11-24')).toBe(true);
    expect(onDutyStaff(window1, (id) => (id === staffA.id ? away : byId(id)), '2026-11-24')?.id).toBe(staffB.id);
    // B is away 1–3 Dec too.
    const bothAway = (id: string) =>
      id === staffA.id ? { ...staffA, leave: [{ from: '2026-12-01', to: '2026-12-05' }] } : byId(id);
    expect(onDutyStaff(window1, bothAway, '2026-12-02')).toBeNull();
  });
});

describe('evaluation rules', () => {
  it('a visit is the card, or the window on one Shanghai day', () => {
    expect(visitKey({ cardId: 'C1' }, new Date())).toBe('card:C1');
    expect(visitKey({ windowId: 'W1' }, new Date('2026-11-24T16:30:00Z'))).toBe('window:W1:2026-11-25');
  });

  it('a reason is a reason tag or some text', () => {
    expect(hasReason({ tags: ['热情周到'] }, DEFAULT_FORM)).toBe(false);
    expect(hasReason({ tags: ['态度生硬'] }, DEFAULT_FORM)).toBe(true);
    expect(hasReason({ comment: '  ' }, DEFAULT_FORM)).toBe(false);
    expect(hasReason({ comment: '排队两小时' }, DEFAULT_FORM)).toBe(true);
  });

  it('rejects dimensions and tags the form does not have', () => {
    expect(detailsProblem({ dimensions: { beauty: 5 } }, DEFAULT_FORM)?.path).toBe('dimensions.beauty');
    expect(detailsProblem({ tags: ['x'] }, DEFAULT_FORM)?.path).toBe('tags');
    expect(detailsProblem({ dimensions: { attitude: 5 }, tags: ['热情周到'] }, DEFAULT_FORM)).toBeNull();
  });
});
