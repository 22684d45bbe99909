/** One form per kind of record; each answers with the payload to save, or a message for what is missing. */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { OrgListOutput } from '../../../server/contract/org.schema';
import SelectCell from '../../components/SelectCell';
import Input from '../../ui/Input';
import CellGroup from '../../ui/CellGroup';
import Textarea from '../../ui/Textarea';

export type Kind = 'department' | 'window' | 'staff' | 'matter';
export type Draft = Record<string, unknown>;

const MATTER_TYPES = ['即办件', '承诺件', '联办件', '上报件', '补办件', '退回件'];

interface FormProps {
  org: OrgListOutput;
  draft: Draft;
  set: (patch: Draft) => void;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const staffOptions = (org: OrgListOutput, departmentId: unknown, none: string) => [
  { value: '', label: none },
  ...org.staff
    .filter((s) => !departmentId || s.departmentId === departmentId)
    .map((s) => ({ value: s.id, label: `${s.name}（${s.number}）` })),
];
const deptOptions = (org: OrgListOutput) => org.departments.map((d) => ({ value: d.id, label: d.name }));

export function DepartmentForm({ org, draft, set }: FormProps) {
  return (
    <View className="block">
      <Input label="部门名称" value={str(draft.name)} maxlength={40} onChange={(name) => set({ name })} />
      <Input
        label="监督电话"
        type="tel"
        value={str(draft.supervisionPhone)}
        placeholder="如 0571-88001234"
        onChange={(supervisionPhone) => set({ supervisionPhone })}
      />
      <CellGroup>
        <SelectCell
          title="负责人"
          options={staffOptions(org, draft.id ?? '-', '暂不设置')}
          value={str(draft.headStaffId)}
          onChange={(v) => set({ headStaffId: v || null })}
        />
      </CellGroup>
      {!draft.id ? <Text className="muted">新部门保存后，再为其添加人员并设置负责人。</Text> : null}
    </View>
  );
}

export function WindowForm({ org, draft, set }: FormProps) {
  return (
    <View className="block">
      <Input
        label="窗口名称"
        value={str(draft.name)}
        maxlength={40}
        placeholder="如 3号窗口"
        onChange={(name) => set({ name })}
      />
      <CellGroup>
        <SelectCell
          title="所属部门"
          options={deptOptions(org)}
          value={str(draft.departmentId)}
          onChange={(departmentId) => set({ departmentId, aStaffId: null, bStaffId: null })}
        />
        <SelectCell
          title="A岗"
          options={staffOptions(org, draft.departmentId, '暂不设置')}
          value={str(draft.aStaffId)}
          onChange={(v) => set({ aStaffId: v || null })}
        />
        <SelectCell
          title="B岗（备岗）"
          options={staffOptions(org, draft.departmentId, '暂不设置')}
          value={str(draft.bStaffId)}
          onChange={(v) => set({ bStaffId: v || null })}
        />
      </CellGroup>
    </View>
  );
}

/** Leave periods as lines of "2026-12-01~2026-12-03", the way people write them. */
export function StaffForm({ org, draft, set }: FormProps) {
  const leave = (draft.leave as { from: string; to: string }[] | undefined) ?? [];
  const [leaveText, setLeaveText] = useState(leave.map((p) => `${p.from}~${p.to}`).join('\n'));
  return (
    <View className="block">
      <Input label="工号" value={str(draft.number)} maxlength={20} onChange={(number) => set({ number })} />
      <Input label="姓名" value={str(draft.name)} maxlength={20} onChange={(name) => set({ name })} />
      <CellGroup>
        <SelectCell
          title="所属部门"
          options={deptOptions(org)}
          value={str(draft.departmentId)}
          onChange={(departmentId) => set({ departmentId })}
        />
        <SelectCell
          title="角色"
          options={[
            { value: 'staff', label: '工作人员' },
            { value: 'admin', label: '管理员（评议办）' },
          ]}
          value={str(draft.role || 'staff')}
          onChange={(role) => set({ role })}
        />
        <SelectCell
          title="备岗（AB岗）"
          options={staffOptions(org, null, '暂不设置').filter((o) => o.value !== draft.id)}
          value={str(draft.backupStaffId)}
          onChange={(v) => set({ backupStaffId: v || null })}
        />
      </CellGroup>
      <Text className="muted">请假时段（每行一段，如 2026-12-01~2026-12-03）：期间投诉转由备岗处理</Text>
      <Textarea
        value={leaveText}
        maxlength={1000}
        placeholder="无请假可不填"
        onChange={(text) => {
          setLeaveText(text);
          set({ leaveText: text });
        }}
      />
    </View>
  );
}

export function MatterForm({ org, draft, set }: FormProps) {
  return (
    <View className="block">
      <Input label="事项名称" value={str(draft.name)} maxlength={60} onChange={(name) => set({ name })} />
      <CellGroup>
        <SelectCell
          title="所属部门"
          options={deptOptions(org)}
          value={str(draft.departmentId)}
          onChange={(departmentId) => set({ departmentId })}
        />
        <SelectCell
          title="事项类型"
          options={MATTER_TYPES.map((t) => ({ value: t, label: t }))}
          value={str(draft.type || '承诺件')}
          onChange={(type) => set({ type })}
        />
      </CellGroup>
      <Input
        label="承诺天数"
        type="number"
        value={str(draft.promisedDays ?? '')}
        placeholder="即办件填 0"
        onChange={(v) => set({ promisedDays: v })}
      />
      <Text className="muted">一次性告知内容（需带的材料、注意事项）</Text>
      <Textarea
        value={str(draft.notes)}
        maxlength={2000}
        indicator
        placeholder="每行一项"
        onChange={(notes) => set({ notes })}
      />
    </View>
  );
}

/** "2026-12-01~2026-12-03" lines → periods; null when a line does not read as a period. */
export function parseLeave(text: string): { from: string; to: string }[] | null {
  const out: { from: string; to: string }[] = [];
  for (const line of text
    .split(/\n|[;；]/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const m = /^(\d{4}-\d{2}-\d{2})(?:\s*[~～至]\s*(\d{4}-\d{2}-\d{2}))?$/.exec(line);
    if (!m || (m[2] && m[2] < m[1])) return null;
    out.push({ from: m[1], to: m[2] ?? m[1] });
  }
  return out;
}
