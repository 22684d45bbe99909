import { Text, View } from '@tarojs/components';
import { useRef, useState } from 'react';
import type { EvaluationAmendOutput, EvaluationForm } from '../../../server/contract/evaluation.schema';
import { amendInput, needsReason, retag, tagsFor, toggle, type Details } from '../../lib/evaluation-details';
import { useLargeText } from '../../lib/large-text';
import { isBadLevel, LEVELS } from '../../lib/levels';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import CheckTag from '../../ui/CheckTag';
import Rate from '../../ui/Rate';
import Textarea from '../../ui/Textarea';
import Input from '../../ui/Input';

interface DetailsFormProps {
  form: EvaluationForm;
  evaluationId: string;
  initial: Details;
  /** The level stored now; the amend sends `level` only if the resident changed it. */
  storedLevel: number;
  onSaved: (out: EvaluationAmendOutput) => void;
  onCancel: () => void;
}

/** Optional details after the tap: level correction, dimension stars, tags, a comment. */
export default function DetailsForm({ form, evaluationId, initial, storedLevel, onSaved, onCancel }: DetailsFormProps) {
  const [d, setD] = useState<Details>(initial);
  // 回访: a 差评 may leave a number for the call-back, only with the box ticked.
  const [consent, setConsent] = useState(false);
  const [phone, setPhone] = useState('');
  const [saving, setSaving] = useState(false);
  const ids = useRef(new IntentIds()).current;
  const [large] = useLargeText();

  const bad = isBadLevel(d.level);
  const blocked = needsReason(form, d);

  const setLevel = (level: number) => setD((x) => ({ ...x, level, tags: retag(form, level, x.tags) }));

  async function save() {
    if (saving || blocked) return;
    const input = {
      ...amendInput(evaluationId, d, storedLevel),
      ...(bad && consent && phone.trim() ? { callbackPhone: phone.trim(), callbackConsent: true } : {}),
    };
    // The same content retried (after a lost answer) reuses its requestId.
    const key = JSON.stringify(input);
    setSaving(true);
    try {
      const out = await call('evaluation.amend', input, ids.idFor(key));
      ids.forget(key);
      toast('已保存，感谢您的反馈', true);
      onSaved(out);
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="details">
      <Text className="details__label">评价等级</Text>
      <View className="row-wrap">
        {LEVELS.map(({ level, label }) => (
          <View key={level} className="row-wrap__item">
            <CheckTag content={label} checked={d.level === level} onChange={() => setLevel(level)} />
          </View>
        ))}
      </View>

      {form.dimensions.length ? <Text className="details__label">分项评价（选填，点星星打分）</Text> : null}
      {form.dimensions.map((dim) => (
        <View key={dim.key} className="details__dimension">
          <Text className="details__dimension-name">{dim.label}</Text>
          <Rate
            value={d.dimensions[dim.key] ?? 0}
            size={large ? '34px' : '26px'}
            onChange={(v) => setD((x) => ({ ...x, dimensions: { ...x.dimensions, [dim.key]: v } }))}
          />
        </View>
      ))}

      <Text className="details__label">
        {bad ? '不满意的原因（请至少选一项，或在下面写明）' : '值得肯定的地方（选填，可多选）'}
      </Text>
      <View className="row-wrap">
        {tagsFor(form, d.level).map((tag) => (
          <View key={tag} className="row-wrap__item">
            <CheckTag
              content={tag}
              checked={d.tags.includes(tag)}
              onChange={(on) => setD((x) => ({ ...x, tags: toggle(x.tags, tag, on) }))}
            />
          </View>
        ))}
      </View>

      <Text className="details__label">{bad ? '具体情况' : '其他意见（选填）'}</Text>
      <Textarea
        value={d.comment}
        maxlength={form.commentMax}
        placeholder={bad ? '请说说遇到了什么问题，我们会认真核实改进' : '还有什么想说的，都可以写在这里'}
        onChange={(comment) => setD((x) => ({ ...x, comment }))}
      />

      {bad ? (
        <>
          <Text className="details__label">回访（选填）</Text>
          <Text className="muted">部门负责人会在 7 日内核实处理。愿意接电话说明情况的，请留下手机号。</Text>
          <View className="row-wrap">
            <View className="row-wrap__item">
              <CheckTag content="愿意接受回访" checked={consent} onChange={setConsent} />
            </View>
          </View>
          {consent ? (
            <Input
              label="手机号"
              type="number"
              maxlength={11}
              value={phone}
              placeholder="仅用于回访，办结 90 天后删除"
              onChange={setPhone}
            />
          ) : null}
        </>
      ) : null}

      {blocked ? <Text className="details__hint">请选择一个原因，或写明具体情况后再提交</Text> : null}
      <View className="details__actions">
        <Button theme="primary" size="large" block loading={saving} disabled={blocked} onClick={save}>
          提交
        </Button>
        <View className="gap" />
        <Button variant="text" size="large" block disabled={saving} onClick={onCancel}>
          暂不补充
        </Button>
      </View>
    </View>
  );
}
