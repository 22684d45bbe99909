import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { usePageParams } from '../../lib/page-params';
import { shanghaiDate } from '../../../server/contract/dates';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import CheckTag from '../../ui/CheckTag';
import RecordForm from './RecordForm';
import './index.scss';

function Records({ year, isAdmin, complaintId }: { year: number; isAdmin: boolean; complaintId?: string }) {
  const { state, reload } = useRemote(() => call('accountability.list', { year }), String(year));
  return (
    <>
      {isAdmin ? <RecordForm complaintId={complaintId} onSaved={() => void reload()} /> : null}
      <StateView state={state} onRetry={reload}>
        {(out) =>
          out.records.length ? (
            <>
              <View className="block">
                <Text className="block__title">{year} 年度影响</Text>
                {out.people.map((p) => (
                  <View key={p.staffId} className="acc-person">
                    <Text className="acc-person__name">{p.name}</Text>
                    <Text>{p.deductionPct ? `扣发奖金 ${p.deductionPct}%` : '不扣发奖金'}</Text>
                    <Text className={p.awardEligible ? 'muted' : 'acc-person__lost'}>
                      {p.awardEligible ? '保留评奖资格' : `取消评奖资格：${p.ineligibleReason}`}
                    </Text>
                  </View>
                ))}
              </View>
              <View className="block">
                <Text className="block__title">追究记录</Text>
                {out.records.map((r) => (
                  <View key={r.id} className="acc-record">
                    <Text className="acc-record__head">
                      {r.decidedOn} · {r.staff.name}（{r.staff.departmentName}）· {r.kindLabel}
                      {r.trackingNo ? ` · 投诉 ${r.trackingNo}` : ''}
                    </Text>
                    <Text>{r.reason}</Text>
                  </View>
                ))}
              </View>
            </>
          ) : (
            <EmptyState title="本年度无责任追究记录" detail="有效投诉查实后由评议办记录" />
          )
        }
      </StateView>
    </>
  );
}

/** 责任追究: the office records decisions; everyone sees what applies to them and what it costs. */
export default function Accountability() {
  const { complaintId } = usePageParams();
  const thisYear = Number(shanghaiDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  return (
    <PageShell wide>
      <StaffGate>
        {(me) => (
          <>
            <View className="row-wrap acc-years">
              {[thisYear, thisYear - 1].map((y) => (
                <View key={y} className="row-wrap__item">
                  <CheckTag content={`${y} 年度`} checked={y === year} onChange={() => setYear(y)} />
                </View>
              ))}
            </View>
            <Records key={year} year={year} isAdmin={me.role === 'admin'} complaintId={complaintId} />
          </>
        )}
      </StaffGate>
    </PageShell>
  );
}
