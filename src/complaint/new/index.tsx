import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import {
  complaintSubmitInput,
  type ComplaintForm,
  type ComplaintSubmitOutput,
} from '../../../server/contract/complaint.schema';
import { fieldIssues } from '../../lib/form-issues';
import type { OrgDepartmentsOutput } from '../../../server/contract/org.schema';
import PageShell from '../../components/PageShell';
import PhotoPicker from '../../components/PhotoPicker';
import SelectCell from '../../components/SelectCell';
import StateView from '../../components/StateView';
import { usePageParams } from '../../lib/page-params';
import { routes } from '../../lib/routes';
import { chineseDate, shanghaiDate, shanghaiDateTime } from '../../../server/contract/dates';
import { toast } from '../../lib/toast';
import { useRemote } from '../../lib/use-remote';
import { isApiError, messageOf, type Issue } from '../../services/api-error';
import { call } from '../../services/call';
import { getComplaintForm, type ComplaintTarget } from '../../services/complaint';
import { IntentIds } from '../../services/request-id';
import { askSubscribe, canSubscribe } from '../../services/subscribe';
import type { PickedPhoto } from '../../services/upload';
import Button from '../../ui/Button';
import CellGroup from '../../ui/CellGroup';
import CheckTag from '../../ui/CheckTag';
import Input from '../../ui/Input';
import Switch from '../../ui/Switch';
import Textarea from '../../ui/Textarea';
import './index.scss';

const ID = /^[0-9A-Za-z]{6,32}$/;

/** The one thing a complaint is about, from the page's query (a card, a window, a department, a 差评). */
function targetOf(params: Record<string, string | undefined>): ComplaintTarget | null {
  for (const key of ['cardId', 'windowId', 'departmentId', 'evaluationId'] as const) {
    const v = params[key];
    if (v && ID.test(v)) return { [key]: v } as ComplaintTarget;
  }
  return null;
}

const TARGET_TEXT: Record<string, string> = {
  cardId: '针对这张办事监督卡的办理',
  windowId: '针对这个窗口的服务',
  evaluationId: '针对您刚才“不满意”的评价，我们会回访核实',
};

function Done({ out }: { out: ComplaintSubmitOutput }) {
  const [subscribed, setSubscribed] = useState(false);
  return (
    <View className="block complaint-done">
      <Text className="complaint-done__title">投诉已提交</Text>
      <Text className="complaint-done__no">投诉编号 {out.trackingNo}</Text>
      <Text className="muted">
        {`已交由 ${out.handledBy} 办理。`}
        将在 {chineseDate(shanghaiDate(out.replyDueAt))}（{shanghaiDateTime(out.replyDueAt).slice(11)}
        ）前答复您，答复后请对结果进行评价。
      </Text>
      {canSubscribe && !subscribed ? (
        <View className="complaint-done__action">
          <Button
            theme="primary"
            variant="outline"
            size="large"
            block
            onClick={() =>
              void askSubscribe('resident').then((n) => {
                setSubscribed(true);
                toast(n ? '答复后会通知您' : '未开启提醒，可在“我的投诉”中查看');
              })
            }
          >
            答复后微信通知我
          </Button>
        </View>
      ) : null}
      <View className="complaint-done__action">
        <Button
          theme="primary"
          size="large"
          block
          onClick={() => void Taro.redirectTo({ url: routes.complaint(out.complaintId) })}
        >
          查看办理进度
        </Button>
      </View>
    </View>
  );
}

function FormView({
  form,
  target,
  departments,
}: {
  form: ComplaintForm;
  target: ComplaintTarget | null;
  departments: OrgDepartmentsOutput['departments'];
}) {
  const [category, setCategory] = useState('');
  const [content, setContent] = useState('');
  const [phone, setPhone] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [departmentId, setDepartmentId] = useState('');
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [done, setDone] = useState<ComplaintSubmitOutput | null>(null);
  const ids = useRef(new IntentIds()).current;

  const input = {
    ...(target ?? { departmentId }),
    category,
    content: content.trim(),
    ...(phone.trim() ? { contactPhone: phone.trim() } : {}),
    ...(anonymous ? { anonymous: true } : {}),
    ...(photos.length ? { photos: photos.map((p) => p.fileId) } : {}),
  };
  // The contract's own rules and messages (what the server would answer), before sending.
  const schemaIssues = fieldIssues(complaintSubmitInput, input);
  const problems = {
    department: !target && !departmentId ? '请选择要投诉的部门' : '',
    category: category ? '' : '请选择投诉类别',
    content: schemaIssues.content ?? '',
    phone: schemaIssues.contactPhone ?? '',
  };
  const show = (k: keyof typeof problems) => (tried ? problems[k] : '');

  async function submit() {
    setTried(true);
    if (sending || Object.values(problems).some(Boolean)) return;
    const key = JSON.stringify(input);
    setSending(true);
    try {
      setDone(await call('complaint.submit', input, ids.idFor(key)));
      void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
    } catch (err) {
      toast(messageOf(err));
      if (isApiError(err)) setIssues(err.issues);
    } finally {
      setSending(false);
    }
  }

  if (done) return <Done out={done} />;
  const key = target ? Object.keys(target)[0] : '';
  return (
    <>
      <View className="block">
        <Text className="block__title">我要投诉</Text>
        <Text className="muted">
          {TARGET_TEXT[key] ?? '请选择部门并说明情况'}。一般在 {form.replyDays} 天内答复，您可以在“我的投诉”里查看进度。
        </Text>
      </View>
      {target ? null : (
        <CellGroup theme="card">
          <SelectCell
            title="投诉部门"
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            value={departmentId}
            placeholder={show('department') || '请选择'}
            onChange={setDepartmentId}
          />
        </CellGroup>
      )}
      <View className="gap" />
      <View className="block">
        <Text className="complaint-new__label">投诉类别</Text>
        <View className="row-wrap">
          {form.categories.map((c) => (
            <View key={c} className="row-wrap__item">
              <CheckTag content={c} checked={category === c} onChange={() => setCategory(c)} />
            </View>
          ))}
        </View>
        {show('category') ? <Text className="complaint-new__error">{show('category')}</Text> : null}
      </View>
      <View className="block">
        <Text className="complaint-new__label">具体情况</Text>
        <Textarea
          value={content}
          maxlength={form.contentMax}
          indicator
          placeholder="请写明时间、窗口或人员，以及发生了什么"
          onChange={setContent}
        />
        {show('content') ? <Text className="complaint-new__error">{show('content')}</Text> : null}
      </View>
      <View className="block">
        <Text className="complaint-new__label">照片</Text>
        <PhotoPicker photos={photos} max={3} onChange={setPhotos} />
      </View>
      <CellGroup theme="card">
        <Input
          label="手机号码"
          type="number"
          value={phone}
          maxlength={11}
          placeholder="选填，便于回电核实"
          tips={show('phone') || undefined}
          status={show('phone') ? 'error' : 'default'}
          onChange={setPhone}
        />
      </CellGroup>
      <View className="block complaint-new__anon">
        <View className="complaint-new__anon-text">
          <Text className="complaint-new__label">匿名投诉</Text>
          <Text className="muted">开启后工作人员看不到您的电话；处理结果仍会在这里告诉您</Text>
        </View>
        <Switch value={anonymous} label="匿名投诉" onChange={setAnonymous} />
      </View>
      {issues.length ? (
        <View className="block">
          {issues.map((i) => (
            <Text key={`${i.path}:${i.message}`} className="complaint-new__error">
              {i.message}
            </Text>
          ))}
        </View>
      ) : null}
      <View className="pad">
        <Button theme="danger" size="large" block loading={sending} onClick={submit}>
          提交投诉
        </Button>
      </View>
    </>
  );
}

/** 我要投诉: from a card, a window, a 差评, or the home page (then pick a department). */
export default function ComplaintNew() {
  const target = targetOf(usePageParams());
  const { state, reload } = useRemote(
    () =>
      Promise.all([getComplaintForm(), target ? Promise.resolve({ departments: [] }) : call('org.departments', {})]),
    JSON.stringify(target),
  );
  return (
    <PageShell>
      <StateView state={state} onRetry={reload}>
        {([form, { departments }]) => <FormView form={form} target={target} departments={departments} />}
      </StateView>
    </PageShell>
  );
}
