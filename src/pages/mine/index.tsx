import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRef, useState } from 'react';
import type { MyEvaluation } from '../../../server/contract/evaluation.schema';
import type { MyFollowup } from '../../../server/contract/followup.schema';
import { toast } from '../../lib/toast';
import { messageOf } from '../../services/api-error';
import { IntentIds } from '../../services/request-id';
import Button from '../../ui/Button';
import PageShell from '../../components/PageShell';
import StateView, { EmptyState } from '../../components/StateView';
import { levelLabel, levelTheme } from '../../lib/levels';
import { routes } from '../../lib/routes';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import Tag from '../../ui/Tag';
import './index.scss';

/** The follow-up of a 差评: where it stands, the outcome once recorded, and the resident's view of it. */
function Followup({ f, onRated }: { f: MyFollowup; onRated: () => void }) {
  const [busy, setBusy] = useState(false);
  const ids = useRef(new IntentIds()).current;
  async function rate(satisfied: boolean) {
    setBusy(true);
    try {
      await call('followup.rate', { followupId: f.followupId, satisfied }, ids.idFor(String(satisfied)));
      toast(satisfied ? '感谢您的评价' : '已转评议办复查', true);
      onRated();
    } catch (err) {
      toast(messageOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <View className="mine-followup">
      <Text className="mine-followup__title">回访核实：{f.statusLabel}</Text>
      {f.outcome ? (
        <>
          <Text className="mine-followup__line">
            {f.outcome.callbackLabel} · {f.outcome.disposalLabel}
          </Text>
          <Text className="mine-followup__content">{f.outcome.content}</Text>
        </>
      ) : (
        <Text className="muted">部门负责人将在 7 日内回访核实，处理结果会显示在这里。</Text>
      )}
      {f.rectified ? (
        <Text className="mine-followup__line">整改已完成并通过验收（{shanghaiDateTime(f.rectified.at)}）</Text>
      ) : null}
      {f.satisfied !== null ? (
        <Text className="muted">您对回访结果：{f.satisfied ? '满意' : '不满意（已转评议办复查）'}</Text>
      ) : null}
      {f.canRate ? (
        <View className="mine-followup__actions">
          <Button theme="primary" size="large" loading={busy} onClick={() => void rate(true)}>
            满意
          </Button>
          <Button theme="danger" variant="outline" size="large" loading={busy} onClick={() => void rate(false)}>
            不满意
          </Button>
        </View>
      ) : null}
    </View>
  );
}

function open(e: MyEvaluation) {
  const url = e.cardId ? routes.card(e.cardId) : e.windowId ? routes.window(e.windowId) : null;
  if (url) void Taro.navigateTo({ url });
}

/** 我的评价: the resident's own evaluations, newest first; tap one to see or change it. */
export default function MinePage() {
  const { state, reload } = useRemote(() => call('evaluation.mine', { limit: 50 }), 'mine');
  return (
    <PageShell>
      <View className="block">
        <Text className="block__title">我的评价</Text>
        <Text className="muted">点一条可查看或修改；给了差评的，回访结果也在这里。</Text>
      </View>
      <StateView state={state} onRetry={reload}>
        {({ evaluations }) =>
          evaluations.length === 0 ? (
            <EmptyState title="还没有评价记录" detail="扫描监督卡或窗口上的二维码，就可以评价办事服务" />
          ) : (
            <>
              {evaluations.map((e) => (
                <View key={e.evaluationId} className="block mine-item">
                  {/* The evaluation opens its card or window; the follow-up below has buttons of its own. */}
                  <View onClick={() => open(e)}>
                    <View className="mine-item__head">
                      <Text className="mine-item__title">{e.title}</Text>
                      <Tag theme={levelTheme(e.level)} variant="light" size="large">
                        {levelLabel(e.level)}
                      </Tag>
                    </View>
                    <Text className="muted">
                      {e.departmentName} · {shanghaiDateTime(e.createdAt)}
                    </Text>
                    {e.tags.length ? (
                      <View className="row-wrap mine-item__tags">
                        {e.tags.map((t) => (
                          <View key={t} className="row-wrap__item">
                            <Tag variant="outline">{t}</Tag>
                          </View>
                        ))}
                      </View>
                    ) : null}
                    {e.comment ? <Text className="mine-item__comment">{e.comment}</Text> : null}
                  </View>
                  {e.followup ? <Followup f={e.followup} onRated={() => void reload()} /> : null}
                </View>
              ))}
            </>
          )
        }
      </StateView>
    </PageShell>
  );
}
