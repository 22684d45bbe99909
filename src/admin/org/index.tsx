import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import ExportButton from '../../components/ExportButton';
import ImportButton from '../../components/ImportButton';
import type { OrgListOutput } from '../../../server/contract/org.schema';
import PageShell from '../../components/PageShell';
import StaffGate from '../../components/StaffGate';
import StateView from '../../components/StateView';
import { useRemote } from '../../lib/use-remote';
import Switch from '../../ui/Switch';
import { messageOf } from '../../services/api-error';
import { call } from '../../services/call';
import { routes } from '../../lib/routes';
import Button from '../../ui/Button';
import Cell from '../../ui/Cell';
import CellGroup from '../../ui/CellGroup';
import { toast } from '../../lib/toast';
import './index.scss';

/** A person: edit the record, or give them a code to bind their WeChat. */
async function staffMenu(staffId: string, name: string) {
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: ['编辑人员信息', '生成微信绑定码'] });
    if (tapIndex === 0) edit('staff', staffId);
    else await showBindCode(staffId, name);
  } catch {
    /* cancelled */
  }
}

/** A one-time code for the person to bind their WeChat: shown once, valid 72 h. */
async function showBindCode(staffId: string, name: string) {
  const ok = await Taro.showModal({
    title: '生成绑定码',
    content: `为 ${name} 生成微信绑定码？旧的绑定会在新微信绑定后失效。`,
  });
  if (!ok.confirm) return;
  try {
    const out = await call('org.bindCode', { staffId });
    await Taro.showModal({
      title: `${name} 的绑定码`,
      content: `${out.code}\n72 小时内有效：在小程序“工作人员入口”输入以绑定微信，或在电脑的工作人员登录页用它设置密码。此码只显示一次。`,
      showCancel: false,
    });
  } catch (err) {
    toast(messageOf(err));
  }
}

const edit = (kind: string, id?: string) => void Taro.navigateTo({ url: routes.orgEdit(kind, id) });

/** Add buttons, and the whole organisation to Excel and back (the export is the template). */
function Toolbar({ onImported }: { onImported: () => void }) {
  return (
    <View className="block org-toolbar">
      <View className="org-toolbar__row">
        {(
          [
            ['department', '新增部门'],
            ['staff', '新增人员'],
            ['window', '新增窗口'],
            ['matter', '新增事项'],
          ] as const
        ).map(([kind, label]) => (
          <View key={kind} className="org-toolbar__item">
            <Button size="small" theme="primary" variant="outline" onClick={() => edit(kind)}>
              {label}
            </Button>
          </View>
        ))}
      </View>
      <View className="org-toolbar__row">
        <ExportButton label="导出组织架构（Excel）" request={() => ({ action: 'export.org', payload: {} })} />
        <ImportButton
          label="从 Excel 导入"
          run={async (fileId) => {
            const r = await call('org.import', { fileId });
            onImported();
            return `已导入：部门 ${r.departments}、人员 ${r.staff}、窗口 ${r.windows}、事项 ${r.matters}`;
          }}
        />
      </View>
      <Text className="muted">
        导出的表格即为模板：按同样的列填写后导入，按部门名称、工号、窗口和事项名称新增或更新，不会删除。
      </Text>
    </View>
  );
}

function OrgView({ org }: { org: OrgListOutput }) {
  const staffName = new Map(org.staff.map((s) => [s.id, `${s.name}（${s.number}）`]));
  const deptName = new Map(org.departments.map((d) => [d.id, d.name]));
  const who = (id: string | null) => (id ? (staffName.get(id) ?? '—') : '未设置');
  return (
    <View className="org-grid">
      <View className="org-grid__col">
        <CellGroup title={`部门（${org.departments.length}）`} theme="card">
          {org.departments.map((d) => (
            <Cell
              key={d.id}
              title={d.name}
              description={`负责人：${who(d.headStaffId)} · 监督电话：${d.supervisionPhone}`}
              arrow
              onClick={() => edit('department', d.id)}
            />
          ))}
        </CellGroup>
        <View className="gap" />
        <CellGroup title={`窗口（${org.windows.length}）`} theme="card">
          {org.windows.map((w) => (
            <Cell
              key={w.id}
              title={w.name}
              note={deptName.get(w.departmentId) ?? ''}
              description={`A岗：${who(w.aStaffId)} · B岗：${who(w.bStaffId)}`}
              arrow
              onClick={() => edit('window', w.id)}
            />
          ))}
        </CellGroup>
      </View>
      <View className="org-grid__col">
        <CellGroup title={`人员（${org.staff.length}）`} theme="card">
          {org.staff.map((s) => (
            <Cell
              key={s.id}
              title={`${s.name}（工号 ${s.number}）`}
              note={s.role === 'admin' ? '管理员' : '工作人员'}
              description={`${deptName.get(s.departmentId) ?? ''} · 备岗：${who(s.backupStaffId)}${s.leave.length ? ` · 请假 ${s.leave.length} 段` : ''}${s.bound ? '' : ' · 未绑定微信'}`}
              arrow
              onClick={() => void staffMenu(s.id, s.name)}
            />
          ))}
        </CellGroup>
        <View className="gap" />
        <FreeMatters />
        <CellGroup title={`事项（${org.matters.length}）`} theme="card">
          {org.matters.map((m) => (
            <Cell
              key={m.id}
              title={m.name}
              note={m.type}
              description={`${deptName.get(m.departmentId) ?? ''} · ${
                m.promisedDays === 0
                  ? '当场办结'
                  : `承诺 ${m.promisedDays} 个${m.dayKind === 'natural' ? '自然日' : '工作日'}`
              }`}
              arrow
              onClick={() => edit('matter', m.id)}
            />
          ))}
        </CellGroup>
      </View>
    </View>
  );
}

/** Whether staff may issue a card for a matter outside the catalogue (card.setSettings). */
function FreeMatters() {
  const { state, reload } = useRemote(() => call('card.settings', {}), 'card-settings');
  const change = async (freeMatters: boolean) => {
    const ok = await Taro.showModal({
      title: freeMatters ? '允许目录外事项' : '只能选择目录内事项',
      content: freeMatters
        ? '工作人员开具监督卡时可以自行填写目录外的事项。'
        : '工作人员开具监督卡时只能从事项目录中选择，承诺时限不超过目录规定。',
    });
    if (!ok.confirm) return;
    try {
      await call('card.setSettings', { freeMatters });
      toast('已保存', true);
    } catch (err) {
      toast(messageOf(err));
    }
    void reload();
  };
  return state.status === 'ready' ? (
    <View className="block org__free">
      <Text>允许开具目录外事项的监督卡</Text>
      <Switch value={state.data.freeMatters} label="允许目录外事项" onChange={(v) => void change(v)} />
    </View>
  ) : null;
}

/** The organisation at a glance (admin): departments, windows with A/B posts, staff, matters. */
export default function AdminOrg() {
  return (
    <PageShell wide>
      <StaffGate role="admin">{() => <OrgLoader />}</StaffGate>
    </PageShell>
  );
}

function OrgLoader() {
  const { state, reload } = useRemote(() => call('org.list', {}), 'org');
  // Back from an edit: show what was saved.
  useDidShow(() => void reload());
  return (
    <>
      <Toolbar onImported={() => void reload()} />
      <StateView state={state} onRetry={reload}>
        {(org) => <OrgView org={org} />}
      </StateView>
    </>
  );
}
