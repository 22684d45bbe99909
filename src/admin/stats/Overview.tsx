import { Text, View } from '@tarojs/components';
import type { StatsOverviewOutput } from '../../../server/contract/stats.schema';
import { LEVELS } from '../../lib/levels';
import { percent } from '../../lib/periods';
import { Bars, Figure } from './charts';

const DIMENSION_LABELS: Record<string, string> = {
  timeliness: '办事及时',
  accuracy: '准确规范',
  attitude: '服务态度',
  professionalism: '专业能力',
  communication: '沟通协作',
  problem_solving: '解决问题',
  integrity: '廉洁从业',
};

const hours = (h: number | null) => (h === null ? '—' : h < 48 ? `${h} 小时` : `${Math.round((h / 24) * 10) / 10} 天`);

function Evaluations({ s }: { s: StatsOverviewOutput }) {
  const withheld = s.suppressed.satisfactionRate;
  const total = s.evaluations || 1;
  return (
    <>
      <View className="block figures">
        <Figure label="评价数" value={String(s.evaluations)} />
        <Figure label="满意率" value={withheld ? '样本不足' : percent(s.satisfactionRate)} note="非常满意+满意" />
        <Figure label="差评率" value={withheld ? '样本不足' : percent(s.badRate)} note="不满意+非常不满意" />
      </View>
      {withheld ? (
        <View className="block">
          <Text className="muted">{withheld}：为保护评价人，评价少于 5 条时不显示比例和分布。</Text>
        </View>
      ) : (
        <>
          <View className="block">
            <Text className="block__title">评价等级分布</Text>
            <Bars
              rows={LEVELS.map((l) => {
                const n = s.levels?.[String(l.level) as '1'] ?? 0;
                return { label: l.label, value: n, text: `${n}（${percent(n / total)}）` };
              })}
            />
          </View>
          {s.dimensions && Object.keys(s.dimensions).length ? (
            <View className="block">
              <Text className="block__title">分项平均分（满分 5）</Text>
              <Bars
                rows={Object.entries(s.dimensions).map(([k, v]) => ({
                  label: DIMENSION_LABELS[k] ?? k,
                  value: v,
                  text: v.toFixed(2),
                }))}
              />
            </View>
          ) : null}
        </>
      )}
      {s.amendments ? <Amendments a={s.amendments} /> : null}
    </>
  );
}

/** The office's view of changed ratings: a 差评 raised after the visit may mean pressure at the window. */
function Amendments({ a }: { a: NonNullable<StatsOverviewOutput['amendments']> }) {
  return (
    <View className="block">
      <Text className="block__title">评价修改</Text>
      <Text className="muted">
        {a.levelChanged
          ? `${a.levelChanged} 条评价在提交后改过等级，其中 ${a.raisedFromBad} 条由差评改为非差评（统计按修改后的等级）。`
          : '本时段没有评价在提交后改过等级。'}
      </Text>
    </View>
  );
}

function Complaints({ c }: { c: StatsOverviewOutput['complaints'] }) {
  const rated = c.ratings.satisfied + c.ratings.basic + c.ratings.unsatisfied;
  return (
    <>
      <View className="block figures figures--4">
        <Figure label="投诉数" value={String(c.count)} />
        <Figure label="按时答复率" value={percent(c.onTimeRate)} note="7 日内首次答复" />
        <Figure label="当前逾期" value={String(c.overdueNow)} />
        <Figure label="重新办理率" value={percent(c.reopenRate)} note="答复后群众不满意" />
        <Figure label="平均答复用时" value={hours(c.avgReplyHours)} />
        <Figure label="90% 在此时间内答复" value={hours(c.p90ReplyHours)} />
      </View>
      {rated ? (
        <View className="block">
          <Text className="block__title">群众对答复的评价</Text>
          <Bars
            rows={[
              { label: '满意', value: c.ratings.satisfied, text: String(c.ratings.satisfied) },
              { label: '基本满意', value: c.ratings.basic, text: String(c.ratings.basic) },
              { label: '不满意', value: c.ratings.unsatisfied, text: String(c.ratings.unsatisfied) },
            ]}
          />
        </View>
      ) : null}
      {c.categories.length ? (
        <View className="block">
          <Text className="block__title">投诉类别</Text>
          <Bars rows={c.categories.map((k) => ({ label: k.name, value: k.count, text: String(k.count) }))} />
        </View>
      ) : null}
    </>
  );
}

export default function Overview({ s }: { s: StatsOverviewOutput }) {
  return (
    <>
      <Evaluations s={s} />
      <Complaints c={s.complaints} />
      <Cards c={s.cards} />
    </>
  );
}

/** 限时办结 of the period's cards. */
function Cards({ c }: { c: StatsOverviewOutput['cards'] }) {
  return (
    <View className="block figures figures--4">
      <Figure label="开具监督卡" value={String(c.issued)} />
      <Figure label="按时办结率" value={percent(c.onTimeRate)} note="按时办结÷已办结" />
      <Figure label="超期未办结" value={String(c.openOverdue)} note="当前" />
      <Figure label="已办结" value={String(c.completed)} />
      <Figure label="一次性告知补正" value={String(c.supplements)} />
      <Figure label="退回" value={String(c.returned)} note="不予办理" />
    </View>
  );
}
