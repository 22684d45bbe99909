import { seal, unseal } from '../../server/security/sealed';

it('seals a value so only the same pepper opens it, and any tampering is detected', () => {
  const sealed = seal('pepper-1'.repeat(4), 'oAbc123-openid');
  expect(sealed).not.toContain('oAbc123');
  expect(seal('pepper-1'.repeat(4), 'oAbc123-openid')).not.toBe(sealed); // fresh IV each time
  expect(unseal('pepper-1'.repeat(4), sealed)).toBe('oAbc123-openid');
  expect(unseal('pepper-2'.repeat(4), sealed)).toBeNull();
  const tampered = sealed.slice(0, -2) + (sealed.endsWith('AA') ? 'BB' : 'AA');
  expect(unseal('pepper-1'.repeat(4), tampered)).toBeNull();
  expect(unseal('pepper-1'.repeat(4), 'plain')).toBeNull();
});
