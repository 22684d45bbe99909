import { Text, View } from '@tarojs/components';
import { percent } from '../../lib/periods';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import { Columns } from './charts';

interface TrendProps {
  range: { from: string; to: string };
  scope: { departmentId?: string; windowId?: string; staffId?: string; matterId?: string };
}

const short = (date: string) => `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}`;

/** 满意率 by week for a month or less, by month for longer periods. */
export default function Trend({ range, scope }: TrendProps) {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86400000 + 1;
  const by = days > 62 ? 'month' : 'week';
  const { state } = useRemote(
    () => call('stats.trend', { ...range, by, ...scope }),
    `${range.from}:${range.to}:${by}:${JSON.stringify(scope)}`,
  );
  if (state.status !== 'ready' || days < 7) return null;
  const rows = state.data.buckets.map((b) => {
    const label = by === 'month' ? `${Number(b.from.slice(5, 7))}月` : short(b.from);
    const text = b.satisfactionRate === null ? (b.evaluations ? '样本不足' : '无评价') : percent(b.satisfactionRate);
    return {
      key: b.from,
      label,
      value: b.satisfactionRate,
      text,
      title: `${b.from} 至 ${b.to}：${text}，${b.evaluations} 条评价`,
    };
  });
  return (
    <View className="block">
      <Text className="block__title">满意率走势（按{by === 'month' ? '月' : '周'}）</Text>
      <Columns rows={rows} />
    </View>
  );
}
