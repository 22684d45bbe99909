import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { StatsReportOutput } from '../../../server/contract/stats.schema';
import ExportButton from '../../components/ExportButton';
import PageShell from '../../components/PageShell';
import PrintButton from '../../components/PrintButton';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { PERIOD_LABELS, percent, period, type PeriodKey } from '../../lib/periods';
import { routes } from '../../lib/routes';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import CheckTag from '../../ui/CheckTag';
import './index.scss';

function Table({ head, rows, empty }: { head: string[]; rows: (string | number)[][]; empty: string }) {
  if (!rows.length) return <Text className="muted report__empty">{empty}</Text>;
  return (
    <View className="report-table" role="table">
      <View className="report-table__row report-table__row--head" role="row">
        {head.map((h) => (
          <Text key={h} className="report-table__cell">
            {h}
          </Text>
        ))}
      </View>
      {rows.map((r, i) => (
        <View key={i} className="report-table__row" role="row">
          {r.map((c, j) => (
            <Text key={j} className="report-table__cell">
              {String(c)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function Report({ r }: { r: StatsReportOutput }) {
  const s = r.summary;
  return (
    <View className="report">
      <Text className="report__title">服务评议报告</Text>
      <Text className="report__period">
        {r.from} 至 {r.to} · 生成于 {shanghaiDateTime(r.generatedAt)}
      </Text>
      <Text className="report__h">一、总体情况</Text>
      <Text className="report__p">
        本期共收到群众评价 {s.evaluations} 条，满意率 {percent(s.satisfactionRate)}，差评率 {percent(s.badRate)}
        ；收到投诉 {s.complaints.count} 件， 按时答复率 {percent(s.complaints.onTimeRate)}，目前逾期未答复{' '}
        {s.complaints.overdueNow} 件，答复后群众不满意重新办理率 {percent(s.complaints.reopenRate)}
        {s.complaints.extended ? `，经批准延期 ${s.complaints.extended} 件` : ''}。
      </Text>
      {s.followups ? (
        <Text className="report__p">
          本期差评 {s.followups.bad} 条，已回访核实 {s.followups.followedUp} 条（回访率{' '}
          {percent(s.followups.followupRate)}），已处置 {s.followups.disposed} 条（差评整改率{' '}
          {percent(s.followups.disposalRate)}）
          {s.followups.classifications.length
            ? `；核实结果：${s.followups.classifications.map((x) => `${x.name} ${x.count} 条`).join('，')}`
            : ''}
          {s.followups.excluded ? `；经申诉复核不计入统计的评价 ${s.followups.excluded} 条` : ''}。
        </Text>
      ) : null}
      <Text className="report__p">
        限时办结：本期开具监督卡 {s.cards.issued} 张，已办结 {s.cards.completed} 张，按时办结率{' '}
        {percent(s.cards.onTimeRate)}；一次性告知补正 {s.cards.supplements} 张，退回（不予办理）{s.cards.returned}{' '}
        张；目前超期未办结 {s.cards.openOverdue} 张。
      </Text>
      <Text className="report__h">二、部门满意率排名</Text>
      <Table
        head={['名次', '部门', '评价数', '满意率', '差评率']}
        rows={r.departments.map((d) => [
          d.rank ?? '—',
          d.name,
          d.evaluations,
          percent(d.satisfactionRate),
          percent(d.badRate),
        ])}
        empty="本期无评价"
      />
      <Text className="muted">评价少于 5 条的部门不参与排名。</Text>
      <Text className="report__h">三、群众反映集中的问题</Text>
      <Table head={['投诉类别', '件数']} rows={r.categories.map((c) => [c.name, c.count])} empty="本期无投诉" />
      <Table head={['差评原因', '次数']} rows={r.badReasons.map((c) => [c.name, c.count])} empty="本期差评未选择原因" />
      <View className="report-actions no-print">
        {[
          ...r.categories.map((c) => ({ ...c, kind: '投诉', source: 'report' })),
          ...r.badReasons.map((c) => ({ ...c, kind: '差评', source: 'evaluations' })),
        ]
          .slice(0, 6)
          .map((c) => (
            <Text
              key={`${c.kind}:${c.name}`}
              className="report-actions__link"
              onClick={() =>
                void Taro.navigateTo({
                  url: routes.rectificationNew({
                    source: c.source,
                    note: `${r.from} 至 ${r.to} ${c.kind}“${c.name}” ${c.count} 次`,
                  }),
                })
              }
            >
              就“{c.name}”下发整改
            </Text>
          ))}
      </View>
      <Text className="report__h">四、逾期未答复的投诉</Text>
      <Table
        head={['投诉编号', '部门', '处理人', '类别', '答复期限', '逾期天数', '督办']}
        rows={r.overdue.map((o) => [
          o.trackingNo,
          o.department,
          o.handler,
          o.category,
          o.dueAt,
          o.daysLate,
          o.ladder || '—',
        ])}
        empty="目前没有逾期投诉"
      />
      <Text className="report__h">五、超期未办结的监督卡</Text>
      <Table
        head={['办事事项', '部门', '开卡人', '办结期限', '超期天数']}
        rows={r.overdueCards.map((c) => [c.matter, c.department, c.staff, c.dueDate, c.daysLate])}
        empty="目前没有超期未办结的监督卡"
      />
      <Text className="report__h">六、尚未验收的整改事项</Text>
      <Table
        head={['存在问题', '责任部门', '整改期限', '状态']}
        rows={r.rectifications.map((x) => [x.problem, x.department, x.dueOn, x.overdue ? '已逾期' : x.status])}
        empty="整改事项均已验收"
      />
    </View>
  );
}

/** 评议报告: the office picks a period, reads or prints it (A4 in a browser), or downloads it as Excel. */
export default function ReportPage() {
  const [key, setKey] = useState<PeriodKey>('thisMonth');
  const range = period(key, new Date());
  const { state, reload } = useRemote(
    () => call('stats.report', { from: range.from, to: range.to }),
    `${range.from}:${range.to}`,
  );
  return (
    <PageShell wide>
      <StaffGate role="admin">
        {() => (
          <>
            <View className="row-wrap report-periods no-print">
              {(Object.keys(PERIOD_LABELS) as PeriodKey[]).map((k) => (
                <View key={k} className="row-wrap__item">
                  <CheckTag content={PERIOD_LABELS[k]} checked={k === key} onChange={() => setKey(k)} />
                </View>
              ))}
            </View>
            <View className="block no-print">
              <ExportButton label="下载 Excel 版" request={() => ({ action: 'export.report', payload: range })} />
            </View>
            <StateView state={state} onRetry={reload}>
              {(r) => <Report r={r} />}
            </StateView>
            <PrintButton />
          </>
        )}
      </StaffGate>
    </PageShell>
  );
}
