import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView, { EmptyState } from '../../components/StateView';
import { dueStatus } from '../../lib/due-status';
import { routes } from '../../lib/routes';
import { shanghaiDateTime } from '../../../server/contract/dates';
import { useRemote } from '../../lib/use-remote';
import { call } from '../../services/call';
import { signOut } from '../../services/auth';
import Button from '../../ui/Button';
import Cell from '../../ui/Cell';
import CellGroup from '../../ui/CellGroup';

const go = (url: string) => void Taro.navigateTo({ url });
/** A shared PC: staff sign out; in WeChat the account is the person, there is nothing to leave. */
const IN_BROWSER = Taro.getEnv() === Taro.ENV_TYPE.WEB;
const leave = () => {
  signOut();
  void Taro.reLaunch({ url: routes.home() });
};

function MyCards() {
  const { state, reload } = useRemote(() => call('card.mine', { limit: 20 }), 'cards');
  // Coming back from 开具监督卡 should show the new card.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
  return (
    <StateView state={state} onRetry={reload}>
      {({ cards }) =>
        cards.length === 0 ? (
          <EmptyState title="还没有开具监督卡" detail="办理不能当场办结的事项时，请开具监督卡交给群众" />
        ) : (
          <CellGroup title="我开具的监督卡" theme="card">
            {cards.map((c) => (
              <Cell
                key={c.cardId}
                title={c.matter}
                description={`${c.matterType} · ${shanghaiDateTime(c.issuedAt)}`}
                note={dueStatus(c, new Date()).text}
                arrow
                onClick={() => go(routes.staffCard(c.cardId))}
              />
            ))}
          </CellGroup>
        )
      }
    </StateView>
  );
}

/** Staff home: who I am, 开具监督卡, and the cards I issued. */
export default function StaffHome() {
  return (
    <PageShell>
      <StaffGate>
        {(me) => (
          <>
            <View className="block">
              <Text className="block__title">{me.staff.name}</Text>
              <Text className="muted">
                工号 {me.staff.number} · {me.staff.departmentName}
              </Text>
            </View>
            <View className="pad">
              <Button theme="primary" size="large" block onClick={() => go(routes.staffIssue())}>
                开具监督卡
              </Button>
            </View>
            <View className="gap" />
            <CellGroup theme="card">
              <Cell
                title="投诉待办"
                description="待回复、即将到期和逾期的投诉"
                arrow
                onClick={() => go(routes.staffInbox())}
              />
              <Cell
                title="超期监督卡"
                description="超过承诺时限仍未办结的监督卡"
                arrow
                onClick={() => go(routes.staffOverdue())}
              />
              {me.role === 'admin' || (me.headOf ?? []).length ? (
                <Cell
                  title="差评回访"
                  description="每条差评 7 日内回访核实、处理并告知评价人"
                  arrow
                  onClick={() => go(routes.staffFollowups())}
                />
              ) : null}
              <Cell title="消息" description="新投诉、到期提醒与督办通知" arrow onClick={() => go(routes.messages())} />
              <Cell
                title={me.role === 'admin' ? '申诉复核' : '我的申诉'}
                description={
                  me.role === 'admin' ? '工作人员的申诉与误评、恶意差评审核' : '对涉及本人的差评或投诉提出的申诉'
                }
                arrow
                onClick={() => go(routes.staffAppeals())}
              />
              <Cell
                title="评价统计"
                description={
                  me.role === 'admin' ? '满意率、差评率、投诉按时答复率' : '本人（部门负责人为本部门）的评价与投诉统计'
                }
                arrow
                onClick={() => go(routes.adminStats())}
              />
              <Cell
                title="整改跟踪"
                description={me.role === 'admin' ? '下发整改、跟踪进展、验收' : '本人或本部门的整改事项'}
                arrow
                onClick={() => go(routes.rectifications())}
              />
              {me.role === 'admin' || (me.headOf ?? []).length ? (
                <Cell
                  title="年度考核"
                  description="互评、负责人评分、服务对象评价与等次"
                  arrow
                  onClick={() => go(routes.assessment())}
                />
              ) : null}
              <Cell
                title="责任追究"
                description="追究记录及对年度评奖的影响"
                arrow
                onClick={() => go(routes.accountability())}
              />
            </CellGroup>
            <View className="gap" />
            {me.role === 'admin' ? (
              <>
                <CellGroup theme="card">
                  <Cell
                    title="组织架构"
                    description="部门、窗口、人员与事项；生成微信绑定码"
                    arrow
                    onClick={() => go(routes.adminOrg())}
                  />
                  <Cell
                    title="窗口二维码"
                    description="每个窗口一张，打印后摆放在柜台"
                    arrow
                    onClick={() => go(routes.adminWindows())}
                  />
                  <Cell
                    title="评议报告"
                    description="一期的评价、投诉、排名、逾期和整改，可打印或下载"
                    arrow
                    onClick={() => go(routes.report())}
                  />
                  <Cell
                    title="内容审核"
                    description="微信提示需复核或未能检测的留言、投诉和答复"
                    arrow
                    onClick={() => go(routes.moderation())}
                  />
                  <Cell
                    title="督办阶梯"
                    description="投诉和差评回访逾期后几天催办、督办、通报"
                    arrow
                    onClick={() => go(routes.ladder())}
                  />
                  <Cell
                    title="操作记录"
                    description="谁在何时改了什么：组织、设置、考核、导出、查看电话等"
                    arrow
                    onClick={() => go(routes.audit())}
                  />
                </CellGroup>
                <View className="gap" />
              </>
            ) : null}
            <MyCards />
            {IN_BROWSER && !me.localMode ? (
              <View className="pad">
                <Button variant="text" block onClick={leave}>
                  退出登录
                </Button>
              </View>
            ) : null}
          </>
        )}
      </StaffGate>
    </PageShell>
  );
}
