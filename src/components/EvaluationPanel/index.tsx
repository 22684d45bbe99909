import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import type { MyEvaluationBrief } from '../../../server/contract/card.schema';
import type { EvaluationForm } from '../../../server/contract/evaluation.schema';
import type { Details } from '../../lib/evaluation-details';
import { levelLabel } from '../../lib/levels';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { routes } from '../../lib/routes';
import { toast } from '../../lib/toast';
import { isApiError, messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { getEvaluationForm, type EvaluationTarget } from '../../services/evaluation';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import Loading from '../../ui/Loading';
import DetailsForm from './DetailsForm';
import LevelButtons from './LevelButtons';
import './index.scss';

interface EvaluationPanelProps {
  /** A card (`card.get`) or a window (`window.get`). */
  target: EvaluationTarget;
  /** The resident's own evaluation of it, from the same call. */
  mine: MyEvaluationBrief | null;
  /** Loads the target again (after the server says it was evaluated already). */
  onReload: () => Promise<void>;
}

type Editor = { status: 'closed' } | { status: 'loading' } | { status: 'open'; initial: Details };

const blank = (level: number): Details => ({ level, dimensions: {}, tags: [], comment: '' });

/**
 * The evaluation block of the card and window pages: five levels saved by one tap, then the
 * optional details, and 修改 while the evaluation is still amendable.
 */
export default function EvaluationPanel({ target, mine: loaded, onReload }: EvaluationPanelProps) {
  const [mine, setMine] = useState<MyEvaluationBrief | null>(loaded);
  const [sending, setSending] = useState<number | null>(null);
  const [editor, setEditor] = useState<Editor>({ status: 'closed' });
  const [form, setForm] = useState<EvaluationForm | null>(null);
  const ids = useRef(new IntentIds()).current;
  const targetKey = 'cardId' in target ? `card:${target.cardId}` : `window:${target.windowId}`;

  // A new evaluation from the page (another target, a reload) replaces the panel's own; the same
  // one handed down again as a fresh object does not undo what the panel saved since.
  const latest = useRef(loaded);
  latest.current = loaded;
  const loadedKey = loaded ? `${loaded.evaluationId}:${loaded.level}:${loaded.amendableUntil}` : '';
  useEffect(() => {
    setMine(latest.current);
  }, [loadedKey]);

  // The form is needed only after the tap; fetching it now makes the details appear at once.
  useEffect(() => {
    getEvaluationForm().then(setForm, () => {});
  }, []);

  async function ensureForm(): Promise<EvaluationForm> {
    if (form) return form;
    const loadedForm = await getEvaluationForm();
    setForm(loadedForm);
    return loadedForm;
  }

  async function pick(level: number) {
    if (sending !== null) return;
    // One intent = one level on this target: tapping it again after a failure is the same request.
    const key = `${targetKey}:level:${level}`;
    setSending(level);
    try {
      const out = await call('evaluation.submit', { ...target, level }, ids.idFor(key));
      setMine({ evaluationId: out.evaluationId, level, amendableUntil: out.amendableUntil });
      toast('评价成功', true);
      setEditor({ status: 'open', initial: blank(level) });
      ensureForm().catch(() => setEditor({ status: 'closed' }));
    } catch (err) {
      toast(messageOf(err));
      if (isApiError(err, 'EVALUATION.ALREADY_SUBMITTED')) await onReload();
    } finally {
      setSending(null);
    }
  }

  async function openEditor(current: MyEvaluationBrief) {
    setEditor({ status: 'loading' });
    try {
      const [, list] = await Promise.all([ensureForm(), call('evaluation.mine', { limit: 50 })]);
      const found = list.evaluations.find((e) => e.evaluationId === current.evaluationId);
      const initial = found
        ? { level: found.level, dimensions: found.dimensions, tags: found.tags, comment: found.comment }
        : blank(current.level);
      setEditor({ status: 'open', initial });
    } catch (err) {
      toast(messageOf(err));
      setEditor({ status: 'closed' });
    }
  }

  if (!mine) {
    return (
      <View className="block eval-panel">
        <Text className="block__title">请您评价本次服务</Text>
        <Text className="muted">点一下即可完成评价。评价匿名，工作人员看不到您的身份。</Text>
        <LevelButtons sending={sending} onPick={pick} />
      </View>
    );
  }

  const until = new Date(mine.amendableUntil);
  const amendable = Date.now() < until.getTime();
  return (
    <View className="block eval-panel">
      <Text className="eval-panel__done">您已评价：{levelLabel(mine.level)}</Text>
      <Text className="muted">
        {amendable
          ? `感谢您的评价。${shanghaiDateTime(until)} 前可以修改或补充。`
          : '感谢您的评价。已超过可修改的时间。'}
      </Text>
      {editor.status === 'loading' ? <Loading /> : null}
      {editor.status === 'open' && form && amendable ? (
        <DetailsForm
          form={form}
          evaluationId={mine.evaluationId}
          initial={editor.initial}
          storedLevel={mine.level}
          onSaved={(out) => {
            setMine({ evaluationId: out.evaluationId, level: out.level, amendableUntil: out.amendableUntil });
            setEditor({ status: 'closed' });
          }}
          onCancel={() => setEditor({ status: 'closed' })}
        />
      ) : null}
      {editor.status === 'closed' && amendable ? (
        <View className="eval-panel__amend">
          <Button variant="outline" size="large" block onClick={() => openEditor(mine)}>
            修改或补充评价
          </Button>
        </View>
      ) : null}
      {editor.status === 'closed' && mine.level <= 2 ? (
        <View className="eval-panel__amend">
          <Text className="muted">
            您的差评已交部门负责人回访核实，处理结果会显示在“我的评价”里。需要正式书面答复的，可以转为投诉。
          </Text>
          <View className="gap" />
          <Button
            theme="danger"
            variant="outline"
            size="large"
            block
            onClick={() => void Taro.navigateTo({ url: routes.complaintNew({ evaluationId: mine.evaluationId }) })}
          >
            转为投诉
          </Button>
        </View>
      ) : null}
    </View>
  );
}
