/** What `npm start` prints in local mode: where to click as a resident, staff or admin. */
import qrcodeTerminal from 'qrcode-terminal';
import { cardUrl } from '../../domain/card.rules';
import type { Store } from '../../ports/store';

export async function printWelcome(store: Store, base: string, print: (s: string) => void = console.log) {
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
  const login = (q: string) => `${base}/#/dev/login/index?${q}`;
  print('');
  print('  服务评价 (local mode) is running');
  print(`  Resident — open a demo card:  ${demoCard ?? '(no card yet)'}`);
  print(`  Resident — home page:         ${base}/`);
  if (firstStaff) print(`  Staff (${firstStaff.name}) — issue a card: ${login(`role=staff&staffId=${firstStaff.id}`)}`);
  if (admin) print(`  Admin (${admin.name}) — organisation:   ${login(`role=admin&staffId=${admin.id}`)}`);
  print(`  Switch identity:               ${base}/#/dev/login/index`);
  if (demoCard) {
    print('  Scan the demo card with a phone on the same network (set PUBLIC_URL and HOST=0.0.0.0):');
    qrcodeTerminal.generate(demoCard, { small: true }, (qr: string) => print(qr));
  }
}
