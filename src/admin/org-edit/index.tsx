import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { OrgListOutput } from '../../../server/contract/org.schema';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { usePageParams } from '../../lib/page-params';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import {
  DepartmentForm,
  materialDrafts,
  MatterForm,
  parseLeave,
  StaffForm,
  WindowForm,
  type Draft,
  type Kind,
} from './forms';

const TITLES: Record<Kind, string> = { department: '部门', window: '窗口', staff: '人员', matter: '事项' };

function initial(org: OrgListOutput, kind: Kind, id?: string): Draft {
  const list = { department: org.departments, window: org.windows, staff: org.staff, matter: org.matters }[kind] as {
    id: string;
  }[];
  const found = id ? list.find((x) => x.id === id) : undefined;
  // A matter's 告知 is edited field by field, beside its other fields.
  if (found) return 'notice' in found ? { ...found, ...(found.notice as object) } : { ...found };
  return kind === 'staff' ? { role: 'staff' } : kind === 'matter' ? { type: '承诺件' } : {};
}

/** The payload a save takes, from what the form holds; a string says what is still missing. */
function payload(kind: Kind, d: Draft): Record<string, unknown> | string {
  const id = d.id ? { id: d.id } : {};
  switch (kind) {
    case 'department':
      return {
        ...id,
        name: d.name ?? '',
        headStaffId: d.headStaffId ?? null,
        supervisionPhone: d.supervisionPhone ?? '',
      };
    case 'window':
      if (!d.departmentId) return '请选择所属部门';
      return {
        ...id,
        name: d.name ?? '',
        departmentId: d.departmentId,
        aStaffId: d.aStaffId ?? null,
        bStaffId: d.bStaffId ?? null,
      };
    case 'staff': {
      if (!d.departmentId) return '请选择所属部门';
      const leave =
        typeof d.leaveText === 'string'
          ? parseLeave(d.leaveText)
          : ((d.leave as { from: string; to: string }[] | undefined) ?? []);
      if (!leave) return '请假时段应写作 2026-12-01~2026-12-03，每行一段';
      return {
        ...id,
        number: d.number ?? '',
        name: d.name ?? '',
        departmentId: d.departmentId,
        role: d.role ?? 'staff',
        backupStaffId: d.backupStaffId ?? null,
        leave,
      };
    }
    case 'matter': {
      if (!d.departmentId) return '请选择所属部门';
      if (!/^\d{1,3}$/.test(String(d.promisedDays ?? ''))) return '承诺时限应为 0–365 的整数';
      const legal = String(d.legalDays ?? '').trim();
      if (legal && !/^\d{1,3}$/.test(legal)) return '法定时限应为 0–365 的整数，或不填';
      const materials = materialDrafts(d).filter((m) => m.name.trim());
      if (materials.some((m) => !/^\d{1,2}$/.test(m.count) || Number(m.count) < 1)) return '材料份数应为 1–99';
      return {
        ...id,
        name: d.name ?? '',
        departmentId: d.departmentId,
        type: d.type ?? '承诺件',
        promisedDays: Number(d.promisedDays),
        legalDays: legal ? Number(legal) : null,
        dayKind: d.dayKind ?? 'working',
        notes: d.notes ?? '',
        conditions: d.conditions ?? '',
        materials: materials.map((m) => ({ name: m.name.trim(), form: m.form, count: Number(m.count) })),
        process: d.process ?? '',
        fee: d.fee ?? '',
        basis: d.basis ?? '',
      };
    }
  }
}

const SAVE = {
  department: 'org.saveDepartment',
  window: 'org.saveWindow',
  staff: 'org.saveStaff',
  matter: 'org.saveMatter',
} as const;

function Editor({ org, kind, id }: { org: OrgListOutput; kind: Kind; id?: string }) {
  const [draft, setDraft] = useState<Draft>(() => initial(org, kind, id));
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  const set = (patch: Draft) => setDraft((d) => ({ ...d, ...patch }));
  const save = async () => {
    const p = payload(kind, draft);
    if (typeof p === 'string') return toast(p);
    setBusy(true);
    try {
      // The form builds the payload by kind; the server checks it against the action's schema.
      await call(SAVE[kind], p as never, ids.idFor(JSON.stringify(p)));
      toast(`已保存${TITLES[kind]}`, true);
      setTimeout(() => void Taro.navigateBack(), 600);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const Form = { department: DepartmentForm, window: WindowForm, staff: StaffForm, matter: MatterForm }[kind];
  return (
    <>
      <Form org={org} draft={draft} set={set} />
      <View className="pad">
        <Button theme="primary" size="large" block loading={busy} onClick={() => void save()}>
          {`保存${TITLES[kind]}`}
        </Button>
      </View>
    </>
  );
}

/** Adds or edits one department, window, person or matter (?kind=…&id=…; no id = new). */
export default function OrgEdit() {
  const { kind = 'department', id } = usePageParams();
  const k = (['department', 'window', 'staff', 'matter'].includes(kind) ? kind : 'department') as Kind;
  const { state, reload } = useRemote(() => call('org.list', {}), 'org');
  return (
    <PageShell wide>
      <StaffGate role="admin">
        {() => (
          <StateView state={state} onRetry={reload}>
            {(org) => <Editor org={org} kind={k} id={id} />}
          </StateView>
        )}
      </StaffGate>
    </PageShell>
  );
}
