import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { MyEvaluation } from '../../../server/contract/evaluation.schema';
import PageShell from '../../components/PageShell';
import StateView, { EmptyState } from '../../components/StateView';
import { levelLabel, levelTheme } from '../../lib/levels';
import { routes } from '../../lib/routes';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import Tag from '../../ui/Tag';
import './index.scss';

function open(e: MyEvaluation) {
  const url = e.cardId ? routes.card(e.cardId) : e.windowId ? routes.window(e.windowId) : null;
  if (url) void Taro.navigateTo({ url });
}

/** 我的评价: the resident's own evaluations, newest first; tap one to see or change it. */
export default function MinePage() {
  const { state, reload } = useRemote(() => call('evaluation.mine', { limit: 50 }), 'mine');
  return (
    <PageShell>
      <StateView state={state} onRetry={reload}>
        {({ evaluations }) =>
          evaluations.length === 0 ? (
            <EmptyState title="还没有评价记录" detail="扫描监督卡或窗口上的二维码，就可以评价办事服务" />
          ) : (
            <>
              {evaluations.map((e) => (
                <View key={e.evaluationId} className="block mine-item" onClick={() => open(e)}>
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
              ))}
            </>
          )
        }
      </StateView>
    </PageShell>
  );
}
