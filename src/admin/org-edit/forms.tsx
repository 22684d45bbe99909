/** One form per kind of record; each answers with the payload to save, or a message for what is missing. */
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { OrgListOutput } from '../../../server/contract/org.schema';
import SelectCell from '../../components/SelectCell';
import Input from '../../ui/Input';
import CellGroup from '../../ui/CellGroup';
import Textarea from '../../ui/Textarea';
import Button from '../../ui/Button';
import { MATERIAL_FORM_LABELS, MATERIAL_FORMS, type MaterialForm } from '../../../server/contract/card';

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

type MaterialDraft = { name: string; form: MaterialForm; count: string };
const FORM_OPTIONS = MATERIAL_FORMS.map((f) => ({ value: f, label: MATERIAL_FORM_LABELS[f] }));
const DAY_KIND_OPTIONS = [
  { value: 'working', label: '工作日' },
  { value: 'natural', label: '自然日' },
];

/** The 材料清单 as the form holds it (count as typed). */
export function materialDrafts(draft: Draft): MaterialDraft[] {
  const items = (draft.materials as { name: string; form: MaterialForm; count: number | string }[] | undefined) ?? [];
  return items.map((m) => ({ name: m.name, form: m.form, count: String(m.count) }));
}

function MaterialsEditor({ draft, set }: Pick<FormProps, 'draft' | 'set'>) {
  const items = materialDrafts(draft);
  const put = (next: MaterialDraft[]) => set({ materials: next });
  const change = (i: number, patch: Partial<MaterialDraft>) =>
    put(items.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <View className="block">
      <Text className="muted">材料清单（一次性告知：群众需带齐的每一项材料）</Text>
      {items.map((m, i) => (
        <View key={i} className="material-row">
          <Input label={`材料 ${i + 1}`} value={m.name} maxlength={60} onChange={(name) => change(i, { name })} />
          <CellGroup>
            <SelectCell
              title="原件/复印件"
              options={FORM_OPTIONS}
              value={m.form}
              onChange={(form) => change(i, { form: form as MaterialForm })}
            />
          </CellGroup>
          <Input label="份数" type="number" value={m.count} maxlength={2} onChange={(count) => change(i, { count })} />
          <Button size="small" variant="outline" theme="danger" onClick={() => put(items.filter((_, j) => j !== i))}>
            删除这一项
          </Button>
        </View>
      ))}
      <Button
        size="small"
        variant="outline"
        onClick={() => put([...items, { name: '', form: 'original', count: '1' }])}
      >
        添加材料
      </Button>
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
        <SelectCell
          title="时限按"
          options={DAY_KIND_OPTIONS}
          value={str(draft.dayKind || 'working')}
          onChange={(dayKind) => set({ dayKind })}
        />
      </CellGroup>
      <Input
        label="承诺时限（天）"
        type="number"
        value={str(draft.promisedDays ?? '')}
        placeholder="即办件填 0；监督卡承诺不能超过它"
        onChange={(v) => set({ promisedDays: v })}
      />
      <Input
        label="法定时限（天）"
        type="number"
        value={str(draft.legalDays ?? '')}
        placeholder="法律法规规定的办理时限，可不填"
        onChange={(v) => set({ legalDays: v })}
      />
      <Text className="muted">受理条件</Text>
      <Textarea value={str(draft.conditions)} maxlength={1000} onChange={(conditions) => set({ conditions })} />
      <MaterialsEditor draft={draft} set={set} />
      <Text className="muted">办理流程</Text>
      <Textarea
        value={str(draft.process)}
        maxlength={1000}
        placeholder="如：受理 → 审核 → 发证"
        onChange={(process) => set({ process })}
      />
      <Input
        label="收费"
        value={str(draft.fee)}
        maxlength={200}
        placeholder="如：免费"
        onChange={(fee) => set({ fee })}
      />
      <Text className="muted">设定依据</Text>
      <Textarea value={str(draft.basis)} maxlength={1000} onChange={(basis) => set({ basis })} />
      <Text className="muted">其他告知事项</Text>
      <Textarea
        value={str(draft.notes)}
        maxlength={2000}
        indicator
        placeholder="如：委托办理另需授权委托书"
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
