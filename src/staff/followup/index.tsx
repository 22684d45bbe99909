import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import {
  CALLBACKS,
  CLASSIFICATIONS,
  DISPOSALS,
  followupRecordInput,
  type FollowupDetail,
} from '../../../server/contract/followup.schema';
import { shanghaiDateTime } from '../../../server/contract/dates';
import InfoRow from '../../components/InfoRow';
import PageShell from '../../components/PageShell';
import PhoneLink from '../../components/PhoneLink';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { firstIssue } from '../../lib/form-issues';
import { usePageParams } from '../../lib/page-params';
import { routes } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { ApiError, isApiError, messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CheckTag from '../../ui/CheckTag';
import Textarea from '../../ui/Textarea';
import './index.scss';

const CALLBACK_WORDS: Record<(typeof CALLBACKS)[number], string> = {
  reached: '已联系上',
  unreached: '未联系上',
  none: '未留电话',
};
const CLASSIFICATION_WORDS: Record<(typeof CLASSIFICATIONS)[number], string> = {
  true: '属实',
  partly: '部分属实',
  untrue: '不属实',
  mistaken: '误评',
  malicious: '恶意差评',
};
const DISPOSAL_WORDS: Record<(typeof DISPOSALS)[number], string> = {
  fixed: '立行立改',
  rectify: '限期整改',
  explained: '解释说明',
};

/** One choice of a few, as tags (the same look as the evaluation levels). */
function Choice<T extends string>({
  title,
  options,
  words,
  value,
  onChange,
}: {
  title: string;
  options: readonly T[];
  words: Record<T, string>;
  value: T | '';
  onChange: (v: T) => void;
}) {
  return (
    <View className="followup-choice">
      <Text className="followup-choice__label">{title}</Text>
      <View className="row-wrap">
        {options.map((o) => (
          <View key={o} className="row-wrap__item">
            <CheckTag content={words[o]} checked={value === o} onChange={() => onChange(o)} />
          </View>
        ))}
      </View>
    </View>
  );
}

function RecordForm({ f, onChanged }: { f: FollowupDetail; onChanged: (next: FollowupDetail) => void }) {
  const [callback, setCallback] = useState<(typeof CALLBACKS)[number] | ''>(f.callbackPhone ? '' : 'none');
  const [classification, setClassification] = useState<(typeof CLASSIFICATIONS)[number] | ''>('');
  const [disposal, setDisposal] = useState<(typeof DISPOSALS)[number] | ''>('');
  const [content, setContent] = useState('');
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  if (!f.can.record && !f.can.review) return null;

  async function save() {
    if (busy) return;
    if (!callback) return toast('请选择回访情况');
    if (!classification) return toast('请选择核实结果');
    if (!disposal) return toast('请选择处理方式');
    const input = { followupId: f.id, callback, classification, disposal, content: content.trim() };
    const problem = firstIssue(followupRecordInput, input);
    if (problem) return toast(problem);
    setBusy(true);
    const key = JSON.stringify(input);
    try {
      const next = await call('followup.record', input, ids.idFor(key));
      toast(next.status === 'approval' ? '已报评议办审核' : '已记录，结果已告知评价人', true);
      onChanged(next);
    } catch (err) {
      toast(messageOf(err));
      if (isApiError(err, 'FOLLOWUP.CONFLICT') || isApiError(err, 'FOLLOWUP.ILLEGAL_TRANSITION'))
        onChanged(await call('followup.get', { followupId: f.id }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="block">
      <Text className="block__title">{f.can.review ? '评议办复查' : '记录回访'}</Text>
      <Choice title="回访情况" options={CALLBACKS} words={CALLBACK_WORDS} value={callback} onChange={setCallback} />
      <Choice
        title="核实结果"
        options={CLASSIFICATIONS}
        words={CLASSIFICATION_WORDS}
        value={classification}
        onChange={setClassification}
      />
      {classification === 'mistaken' || classification === 'malicious' ? (
        <Text className="muted">误评、恶意差评需报评议办审核，审核同意后才不计入统计。</Text>
      ) : null}
      <Choice title="处理方式" options={DISPOSALS} words={DISPOSAL_WORDS} value={disposal} onChange={setDisposal} />
      {disposal === 'rectify' ? (
        <Text className="muted">将下发一项整改事项（默认 30 天内完成），验收后告知评价人。</Text>
      ) : null}
      <View className="gap" />
      <Textarea
        value={content}
        maxlength={1000}
        indicator
        placeholder="写明核实情况和处理结果（评价人会看到这段话）"
        onChange={setContent}
      />
      <View className="gap" />
      <Button theme="primary" size="large" block loading={busy} onClick={() => void save()}>
        提交回访记录
      </Button>
    </View>
  );
}

function RevealPhone({ f }: { f: FollowupDetail }) {
  const [phone, setPhone] = useState<string | null>(null);
  if (!f.can.revealPhone) return null;
  return phone ? (
    <PhoneLink phone={phone} />
  ) : (
    <Button
      variant="outline"
      size="medium"
      onClick={() =>
        void call('followup.revealPhone', { followupId: f.id }).then(
          (r) => setPhone(r.callbackPhone),
          (err) => toast(messageOf(err)),
        )
      }
    >
      查看完整电话（会被记录）
    </Button>
  );
}

function FollowupView({ f, onChanged }: { f: FollowupDetail; onChanged: (next: FollowupDetail) => void }) {
  return (
    <>
      <View className="block">
        <Text className="block__title">
          {f.levelLabel} · {f.title}
        </Text>
        <InfoRow label="状态">{f.statusLabel}</InfoRow>
        <InfoRow label="部门">{f.departmentName}</InfoRow>
        {f.ratedStaff ? <InfoRow label="被评价人">{f.ratedStaff.name}</InfoRow> : null}
        <InfoRow label="评价时间">{shanghaiDateTime(new Date(f.evaluation.at))}</InfoRow>
        {f.evaluation.tags.length ? <InfoRow label="原因">{f.evaluation.tags.join('、')}</InfoRow> : null}
        {f.evaluation.comment ? <InfoRow label="具体情况">{f.evaluation.comment}</InfoRow> : null}
        <InfoRow label="回访期限">
          {shanghaiDateTime(new Date(f.dueAt))}
          {f.overdue ? '（已逾期）' : ''}
        </InfoRow>
        <InfoRow label="回访电话">
          {f.callbackPhone ? (
            <View>
              <Text>{f.callbackPhone}</Text>
              <RevealPhone f={f} />
            </View>
          ) : (
            '评价人未留电话'
          )}
        </InfoRow>
      </View>
      {f.outcome ? (
        <View className="block">
          <Text className="block__title">回访结果</Text>
          <InfoRow label="回访情况">{f.outcome.callbackLabel}</InfoRow>
          <InfoRow label="核实结果">{f.outcome.classificationLabel}</InfoRow>
          <InfoRow label="处理方式">{f.outcome.disposalLabel}</InfoRow>
          <InfoRow label="处理情况">{f.outcome.content}</InfoRow>
          {f.rectification ? (
            <InfoRow label="整改">
              <Text
                className="followup-link"
                onClick={() => void Taro.navigateTo({ url: routes.rectification(f.rectification?.id ?? '') })}
              >
                {f.rectification.status}（查看）
              </Text>
            </InfoRow>
          ) : null}
          {f.satisfied !== null ? <InfoRow label="评价人">{f.satisfied ? '满意' : '不满意'}</InfoRow> : null}
        </View>
      ) : null}
      <RecordForm f={f} onChanged={onChanged} />
      <View className="block">
        <Text className="block__title">办理记录</Text>
        {f.timeline.map((e, i) => (
          <Text key={i} className="followup-timeline__item muted">
            {shanghaiDateTime(new Date(e.at))} {e.label}
            {e.by ? `（${e.by}）` : ''}：{e.text}
          </Text>
        ))}
      </View>
    </>
  );
}

function Loader({ id }: { id: string }) {
  const [fresh, setFresh] = useState<FollowupDetail | null>(null);
  const { state, reload } = useRemote(
    () =>
      /^[0-9A-Za-z]{6,32}$/.test(id)
        ? call('followup.get', { followupId: id })
        : Promise.reject(new ApiError('FOLLOWUP.NOT_FOUND', '未找到该回访')),
    id,
  );
  return (
    <StateView
      state={state}
      onRetry={reload}
      notFound={{ 'FOLLOWUP.NOT_FOUND': '未找到该回访或无权查看' }}
      notFoundDetail="请从差评回访中打开"
    >
      {(loaded) => <FollowupView f={fresh ?? loaded} onChanged={setFresh} />}
    </StateView>
  );
}

/** One 差评's follow-up for its handler: the 差评, the call-back number, the record and what happened since. */
export default function StaffFollowup() {
  const id = usePageParams().id ?? '';
  return (
    <PageShell>
      <StaffGate>{() => <Loader id={id} />}</StaffGate>
    </PageShell>
  );
}
