import { Text, View } from '@tarojs/components';
import PageShell from '../../components/PageShell';
import StateView from '../../components/StateView';
import { percent } from '../../lib/periods';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import './index.scss';

/** 评议结果公示: each department's month as figures — what the seed calls 向会员公布评议结果. */
export default function ResultsPage() {
  const { state, reload } = useRemote(() => call('stats.public', {}), 'results');
  return (
    <PageShell>
      <StateView
        state={state}
        onRetry={reload}
        notFound={{ 'RESULTS.NOT_PUBLISHED': '评议结果暂未公布' }}
        notFoundDetail="评议办公布后可以在这里查看各部门的满意率"
      >
        {({ month, departments }) => (
          <>
            <View className="block">
              <Text className="block__title">{month.replace('-', ' 年 ')} 月评议结果</Text>
              <Text className="muted">按部门统计的群众评价和投诉办理情况。评价少于 5 条的部门不显示满意率。</Text>
            </View>
            {departments.map((d) => (
              <View key={d.id} className="block result">
                <Text className="result__name">{d.name}</Text>
                <View className="result__figures">
                  <View className="result__figure">
                    <Text className="result__value">
                      {d.satisfactionRate === null ? '—' : percent(d.satisfactionRate)}
                    </Text>
                    <Text className="muted">满意率（{d.evaluations} 条评价）</Text>
                  </View>
                  <View className="result__figure">
                    <Text className="result__value">{percent(d.onTimeRate)}</Text>
                    <Text className="muted">投诉按时答复（{d.complaints} 件）</Text>
                  </View>
                </View>
              </View>
            ))}
          </>
        )}
      </StateView>
    </PageShell>
  );
}
