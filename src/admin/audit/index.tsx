import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AuditEntryView, AuditListOutput } from '../../../server/contract/audit.schema';
import CellGroup from '../../ui/CellGroup';
import DateCell from '../../components/DateCell';
import PageShell from '../../components/PageShell';
import SelectCell from '../../components/SelectCell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import Button from '../../ui/Button';
import Tag from '../../ui/Tag';
import './index.scss';

/** Before → after, field by field, for the fields that changed (a whole record is too much to read). */
function changes(before: unknown, after: unknown): string {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(after)) return '';
  const was = isObject(before) ? before : {};
  const show = (v: unknown) =>
    v === null || v === undefined ? '空' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return Object.keys(after)
    .filter((k) => JSON.stringify(was[k]) !== JSON.stringify(after[k]))
    .map((k) => (isObject(before) ? `${k}：${show(was[k])} → ${show(after[k])}` : `${k}：${show(after[k])}`))
    .join('；');
}

function Entry({ e }: { e: AuditEntryView }) {
  const changed = changes(e.before, e.after);
  return (
    <View className="block">
      <View className="row-wrap">
        <View className="row-wrap__item">
          <Tag variant="outline">{e.kindLabel}</Tag>
        </View>
        <View className="row-wrap__item">
          <Text className="muted">
            {shanghaiDateTime(e.at)} · {e.actorName}
          </Text>
        </View>
      </View>
      <View className="gap" />
      <Text>{e.summary}</Text>
      {changed ? <Text className="audit-entry__change">{changed}</Text> : null}
    </View>
  );
}

/**
 * 操作记录: every change to the organisation, settings, scores, 责任追究 and publication, every
 * decline, review, phone reveal, export and download, every bind code and role change — who,
 * when, what. Nobody can edit or delete it; the office reads it here.
 */
export default function Audit() {
  const [kind, setKind] = useState('');
  const [actor, setActor] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [more, setMore] = useState<AuditEntryView[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const filter = {
    kind: (kind || undefined) as never,
    actorStaffId: actor || undefined,
    from: from || undefined,
    to: to || undefined,
  };
  const { state, reload } = useRemote(async () => {
    const [page, directory] = await Promise.all([call('audit.list', filter), call('org.staffDirectory', {})]);
    setMore([]);
    setNext(page.next);
    return { page, directory };
  }, `audit:${kind}:${actor}:${from}:${to}`);

  async function loadMore() {
    if (!next) return;
    setBusy(true);
    try {
      const page: AuditListOutput = await call('audit.list', { ...filter, cursor: next });
      setMore((m) => [...m, ...page.entries]);
      setNext(page.next);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <PageShell>
      <StaffGate role="admin">
        {() => (
          <StateView state={state} onRetry={reload}>
            {({ page, directory }) => {
              const entries = [...page.entries, ...more];
              const kinds = [
                { value: '', label: '全部类型' },
                ...page.kinds.map((k) => ({ value: k.kind, label: k.label })),
              ];
              const people = [
                { value: '', label: '全部人员' },
                ...directory.staff.map((s) => ({ value: s.id, label: `${s.name}（${s.departmentName}）` })),
              ];
              return (
                <>
                  <CellGroup theme="card">
                    <SelectCell title="类型" options={kinds} value={kind} onChange={setKind} />
                    <SelectCell title="操作人" options={people} value={actor} onChange={setActor} />
                    <DateCell
                      title="开始日期"
                      value={from}
                      placeholder="不限"
                      end={to || undefined}
                      onChange={setFrom}
                    />
                    <DateCell
                      title="结束日期"
                      value={to}
                      placeholder="不限"
                      start={from || undefined}
                      onChange={setTo}
                    />
                  </CellGroup>
                  {kind || actor || from || to ? (
                    <View className="pad">
                      <Button
                        variant="text"
                        block
                        onClick={() => {
                          setKind('');
                          setActor('');
                          setFrom('');
                          setTo('');
                        }}
                      >
                        清除筛选
                      </Button>
                    </View>
                  ) : null}
                  {entries.length === 0 ? (
                    <EmptyState
                      title="没有操作记录"
                      detail="组织架构、设置、考核、责任追究、结果公开、不予受理与复核、查看电话、导出下载、绑定码和角色变更都会记在这里"
                    />
                  ) : (
                    entries.map((e, i) => <Entry key={`${e.at}-${i}`} e={e} />)
                  )}
                  {next ? (
                    <View className="pad">
                      <Button variant="outline" block loading={busy} onClick={() => void loadMore()}>
                        加载更早的记录
                      </Button>
                    </View>
                  ) : null}
                  <View className="pad">
                    <Text className="muted">操作记录只能查看，任何人都不能修改或删除；至少保存 6 个月。</Text>
                  </View>
                </>
              );
            }}
          </StateView>
        )}
      </StaffGate>
    </PageShell>
  );
}
