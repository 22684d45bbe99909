import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import LargeTextToggle from '../../components/LargeTextToggle';
import PageShell from '../../components/PageShell';
import ScanButton from '../../components/ScanButton';
import { routes } from '../../lib/routes';
import { useRemote } from '../../lib/use-remote';
import { getMe } from '../../services/auth';
import Cell from '../../ui/Cell';
import CellGroup from '../../ui/CellGroup';
import './index.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** Home: scan to evaluate, 我的评价 / 我的投诉 / 消息, 我要投诉, 大字模式, and quiet entries for staff and the demo. */
export default function Home() {
  const { state: me } = useRemote(() => getMe(), 'me');
  const localMode = me.status === 'ready' && me.data.localMode;
  return (
    <PageShell>
      <View className="block home-hero">
        <Text className="home-hero__title">服务评价</Text>
        <Text className="home-hero__text">
          扫描窗口或办事监督卡上的二维码，对这次办事服务打分。评价匿名，一点即可完成。
        </Text>
      </View>
      <ScanButton />
      <View className="gap" />
      <CellGroup theme="card">
        <Cell title="我的评价" description="查看、修改我提交过的评价" arrow onClick={() => go(routes.mine())} />
        <Cell title="我的投诉" description="查看投诉的办理进度和答复" arrow onClick={() => go(routes.complaints())} />
        <Cell title="消息" description="投诉有了答复会在这里通知您" arrow onClick={() => go(routes.messages())} />
      </CellGroup>
      <View className="gap" />
      <CellGroup theme="card">
        <Cell
          title="我要投诉"
          description="对某个部门的服务不满意，可以在这里投诉"
          arrow
          onClick={() => go(routes.complaintNew())}
        />
        <Cell
          title="评议结果公示"
          description="各部门的满意率和投诉办理情况"
          arrow
          onClick={() => go(routes.results())}
        />
      </CellGroup>
      <View className="gap" />
      <LargeTextToggle />
      <View className="home-footer">
        <Text className="home-footer__link" onClick={() => go(routes.staffHome())}>
          工作人员入口
        </Text>
        {localMode && DEV_PAGES ? (
          <Text className="home-footer__link" onClick={() => go(routes.devLogin())}>
            切换演示身份
          </Text>
        ) : null}
      </View>
    </PageShell>
  );
}
