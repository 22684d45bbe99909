import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { OrgMattersOutput } from '../../../server/contract/org.schema';
import { MatterNotice } from '../../components/CardView';
import PageShell from '../../components/PageShell';
import SelectCell from '../../components/SelectCell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { emptyIssueForm, issueInput, issueProblems, withMatter, type IssueForm } from '../../lib/issue-form';
import { MATTER_TYPES, NOTES_MAX } from '../../lib/matter-types';
import { routes } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { messageOf, type Issue, isApiError } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CellGroup from '../../ui/CellGroup';
import CheckTag from '../../ui/CheckTag';
import Input from '../../ui/Input';
import Textarea from '../../ui/Textarea';
import './index.scss';

function IssueFormView({ org, freeMatters }: { org: OrgMattersOutput; freeMatters: boolean }) {
  const [form, setForm] = useState<IssueForm>(() =>
    emptyIssueForm(org.defaultSupervisionPhone, org.windows.length === 1 ? org.windows[0].id : ''),
  );
  const [sending, setSending] = useState(false);
  const [tried, setTried] = useState(false);
  const [serverIssues, setServerIssues] = useState<Issue[]>([]);
  const ids = useRef(new IntentIds()).current;
  const picked = org.matters.find((m) => m.id === form.matterId);
  const problems = tried ? issueProblems(form, picked) : {};
  const set = (patch: Partial<IssueForm>) => setForm((f) => ({ ...f, ...patch }));

  useEffect(() => setServerIssues([]), [form]);

  // With free matters off, only the catalogue's may be chosen.
  const matterOptions = [
    ...(freeMatters ? [{ value: '', label: '自行填写' }] : [{ value: '', label: '请选择' }]),
    ...org.matters.map((m) => ({ value: m.id, label: m.name })),
  ];
  const windowOptions = [
    { value: '', label: '不指定窗口' },
    ...org.windows.map((w) => ({ value: w.id, label: w.name })),
  ];

  async function submit() {
    setTried(true);
    if (!freeMatters && !picked) return toast('请从办事事项目录中选择事项');
    if (sending || Object.keys(issueProblems(form, picked)).length) return;
    const input = issueInput(form);
    const key = JSON.stringify(input);
    setSending(true);
    try {
      const out = await call('card.issue', input, ids.idFor(key));
      toast('监督卡已开具', true);
      void Taro.redirectTo({ url: routes.staffCard(out.cardId) });
    } catch (err) {
      toast(messageOf(err));
      if (isApiError(err)) setServerIssues(err.issues);
    } finally {
      setSending(false);
    }
  }

  return (
    <>
      <CellGroup title="办理事项" theme="card">
        <SelectCell
          title="选择事项"
          options={matterOptions}
          value={form.matterId}
          onChange={(id) => {
            const m = org.matters.find((x) => x.id === id);
            setForm((f) => (m ? withMatter(f, m) : { ...f, matterId: '' }));
          }}
        />
        {freeMatters || picked ? (
          <Input
            label="办事内容"
            value={form.matter}
            placeholder="例如：不动产转移登记"
            maxlength={100}
            tips={problems.matter}
            status={problems.matter ? 'error' : 'default'}
            // Editing the name turns a catalogue matter into a free one.
            onChange={(matter) =>
              set({
                matter,
                matterId: org.matters.some((m) => m.id === form.matterId && m.name === matter) ? form.matterId : '',
              })
            }
          />
        ) : null}
      </CellGroup>
      {picked ? (
        <View className="block">
          <MatterNotice
            notice={{
              ...picked.notice,
              legalDays: picked.legalDays,
              promisedDays: picked.promisedDays,
              dayKind: picked.dayKind,
              notes: picked.notes,
            }}
          />
          <Text className="muted">以上为事项目录的一次性告知，将原样印在监督卡上。</Text>
        </View>
      ) : null}

      <View className="block">
        <Text className="issue__label">事项类型</Text>
        <View className="row-wrap">
          {MATTER_TYPES.map((t) => (
            <View key={t} className="row-wrap__item">
              <CheckTag
                content={t}
                checked={form.matterType === t}
                onChange={() => set(t === '即办件' ? { matterType: t, promisedDays: '0' } : { matterType: t })}
              />
            </View>
          ))}
        </View>
      </View>

      <CellGroup title="时限与联系" theme="card">
        {form.matterType === '即办件' ? null : (
          <Input
            label="承诺天数"
            type="number"
            value={form.promisedDays}
            placeholder="例如 5"
            tips={
              problems.promisedDays ??
              (picked
                ? `目录规定承诺 ${picked.promisedDays} 个${picked.dayKind === 'working' ? '工作日' : '自然日'}`
                : undefined)
            }
            status={problems.promisedDays ? 'error' : 'default'}
            onChange={(promisedDays) => set({ promisedDays })}
          />
        )}
        <Input
          label="监督电话"
          type="tel"
          value={form.supervisionPhone}
          placeholder="群众投诉、咨询的电话"
          tips={problems.supervisionPhone}
          status={problems.supervisionPhone ? 'error' : 'default'}
          onChange={(supervisionPhone) => set({ supervisionPhone })}
        />
        {org.windows.length ? (
          <SelectCell
            title="办理窗口"
            options={windowOptions}
            value={form.windowId}
            onChange={(windowId) => set({ windowId })}
          />
        ) : null}
      </CellGroup>

      <View className="block">
        <Text className="issue__label">给本次办事人的提示（可选）</Text>
        <Textarea
          value={form.notes}
          maxlength={NOTES_MAX}
          placeholder={picked ? '如：请带齐原件，下周一前来领证' : '每行一项，例如：\n1. 身份证原件\n2. 不动产权证书'}
          onChange={(notes) => set({ notes })}
        />
      </View>

      {serverIssues.length ? (
        <View className="block issue__errors">
          {serverIssues.map((i) => (
            <Text key={`${i.path}:${i.message}`} className="issue__error">
              {i.message}
            </Text>
          ))}
        </View>
      ) : null}

      <View className="pad">
        <Button theme="primary" size="large" block loading={sending} onClick={submit}>
          开具监督卡
        </Button>
      </View>
    </>
  );
}

/** 开具监督卡: pick a catalogue matter (prefills type and days, shows its 告知, caps the promise) or, if the office allows, type one freely. */
export default function StaffIssue() {
  return (
    <PageShell>
      <StaffGate>{() => <IssueLoader />}</StaffGate>
    </PageShell>
  );
}

function IssueLoader() {
  const { state, reload } = useRemote(
    () =>
      Promise.all([call('org.matters', {}), call('card.settings', {})]).then(([org, settings]) => ({ org, settings })),
    'matters',
  );
  return (
    <StateView state={state} onRetry={reload}>
      {({ org, settings }) => <IssueFormView org={org} freeMatters={settings.freeMatters} />}
    </StateView>
  );
}
