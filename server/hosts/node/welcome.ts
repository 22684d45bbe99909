/** What `npm start` prints in local mode: where to click as a resident, staff or admin. */
import qrcodeTerminal from 'qrcode-terminal';
import { cardUrl } from '../../domain/card.rules';
import type { Store } from '../../ports/store';
import type { DevAccess } from './dev-access';

export async function printWelcome(
  store: Store,
  base: string,
  print: (s: string) => void = console.log,
  devAccess: DevAccess = 'open',
) {
  const staff = await store.org.staff();
  let demoCard: string | null = null;
  for (const s of staff) {
    const [c] = await store.cards.byStaff(s.id, 1);
    if (c) {
      demoCard = cardUrl(base, c.id);
      break;
    }
  }
  const firstStaff = staff.find((s) => s.role === 'staff');
  const admin = staff.find((s) => s.role === 'admin');
  // The links carry this start's code, so whoever was shown them (and only they) can use them.
  const key = typeof devAccess === 'object' ? devAccess.key : null;
  const login = (q: string) => {
    const query = [q, key ? `devKey=${key}` : ''].filter(Boolean).join('&');
    return `${base}/#/dev/login/index${query ? `?${query}` : ''}`;
  };
  print('');
  print('  服务评价 (local mode) is running');
  print(`  Resident — open a demo card:  ${demoCard ?? '(no card yet)'}`);
  print(`  Resident — home page:         ${base}/`);
  if (devAccess === 'off') {
    print(
      '  Demo identities are off (DEV_ACTIONS=off): staff sign in with 工号 and password (`npm run admin` for a first bind code).',
    );
  } else {
    if (firstStaff)
      print(`  Staff (${firstStaff.name}) — issue a card: ${login(`role=staff&staffId=${firstStaff.id}`)}`);
    if (admin) print(`  Admin (${admin.name}) — organisation:   ${login(`role=admin&staffId=${admin.id}`)}`);
    print(`  Switch identity:               ${login('')}`);
    if (key) {
      print(`  Reachable from other machines, so switching identity needs this start's code: ${key}`);
      print('  (the links above carry it; it changes on every start; DEV_ACTIONS=off turns switching off)');
    }
  }
  if (demoCard) {
    print(
      key || devAccess === 'off'
        ? '  Scan the demo card with a phone on the same network:'
        : '  Scan the demo card with a phone on the same network (set PUBLIC_URL and HOST=0.0.0.0; identity switching then needs a code printed here):',
    );
    qrcodeTerminal.generate(demoCard, { small: true }, (qr: string) => print(qr));
  }
}
