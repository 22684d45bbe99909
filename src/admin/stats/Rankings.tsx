import { Text, View } from '@tarojs/components';
import { percent } from '../../lib/periods';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';

interface RankingsProps {
  range: { from: string; to: string };
  by: 'department' | 'staff';
  departmentId?: string;
}

/** The office ranks departments (or a department's staff); a head ranks their own staff. */
export default function Rankings({ range, by, departmentId }: RankingsProps) {
  const { state } = useRemote(
    () => call('stats.rankings', { ...range, by, ...(departmentId ? { departmentId } : {}) }),
    `${range.from}:${range.to}:${by}:${departmentId ?? ''}`,
  );
  if (state.status !== 'ready') return null;
  return (
    <View className="block">
      <Text className="block__title">{by === 'department' ? '部门满意率排名' : '人员满意率排名'}</Text>
      {state.data.rows.map((r) => (
        <View key={r.id} className="ranking">
          <Text className="ranking__rank">{r.rank ?? '—'}</Text>
          <Text className="ranking__name">{r.name}</Text>
          <Text className="ranking__value">
            {r.satisfactionRate === null ? '样本不足' : percent(r.satisfactionRate)}
          </Text>
          <Text className="muted ranking__n">{r.evaluations} 条</Text>
        </View>
      ))}
      <Text className="muted">评价少于 5 条的不参与排名。</Text>
    </View>
  );
}
