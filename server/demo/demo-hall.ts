/** The demo service hall `npm start` seeds on first start: departments, A/B posts, matters. */
import type { Department, Matter, Staff } from '../ports/store';
import type { MaterialItem } from '../contract/card.schema';

type Dept = Omit<Department, 'id' | 'headStaffId'> & { key: string; head: string };
type Person = Omit<Staff, 'id' | 'departmentId' | 'backupStaffId' | 'leave' | 'openid'> & {
  dept: string;
  backup?: string;
};

export const DEMO_DEPARTMENTS: Dept[] = [
  { key: 'estate', name: '不动产登记科', supervisionPhone: '0571-87001001', head: 'A003' },
  { key: 'social', name: '社保服务科', supervisionPhone: '0571-87001002', head: 'B003' },
  { key: 'market', name: '市场监管科', supervisionPhone: '0571-87001003', head: 'C002' },
  { key: 'office', name: '效能办', supervisionPhone: '12345', head: 'Z001' },
];

export const DEMO_STAFF: Person[] = [
  { number: 'A001', name: '王丽', dept: 'estate', role: 'staff', backup: 'A002' },
  { number: 'A002', name: '李强', dept: 'estate', role: 'staff', backup: 'A001' },
  { number: 'A003', name: '陈静', dept: 'estate', role: 'staff' },
  { number: 'B001', name: '赵敏', dept: 'social', role: 'staff', backup: 'B002' },
  { number: 'B002', name: '孙伟', dept: 'social', role: 'staff', backup: 'B001' },
  { number: 'B003', name: '周婷', dept: 'social', role: 'staff' },
  { number: 'C001', name: '吴刚', dept: 'market', role: 'staff', backup: 'C002' },
  { number: 'C002', name: '郑洁', dept: 'market', role: 'staff', backup: 'C001' },
  { number: 'Z001', name: '刘洋', dept: 'office', role: 'admin' },
];

/** Windows with their A post and B backup (AB岗), by staff number. */
export const DEMO_WINDOWS: { name: string; dept: string; a: string; b: string }[] = [
  { name: '1号窗口', dept: 'estate', a: 'A001', b: 'A002' },
  { name: '2号窗口', dept: 'estate', a: 'A002', b: 'A001' },
  { name: '3号窗口', dept: 'social', a: 'B001', b: 'B002' },
  { name: '4号窗口', dept: 'social', a: 'B002', b: 'B001' },
  { name: '5号窗口', dept: 'market', a: 'C001', b: 'C002' },
];

const item = (name: string, form: MaterialItem['form'] = 'original', count = 1): MaterialItem => ({
  name,
  form,
  count,
});

/** The demo catalogue: plausible time limits and 一次性告知, so the card page shows them on first start. */
export const DEMO_MATTERS: (Omit<Matter, 'id' | 'departmentId'> & { dept: string })[] = [
  {
    dept: 'estate',
    name: '不动产转移登记',
    type: '承诺件',
    promisedDays: 5,
    legalDays: 30,
    dayKind: 'working',
    notes: '委托办理的，另需授权委托书及受托人身份证。',
    notice: {
      conditions: '不动产权属清楚、无查封，买卖双方已完成网签并缴清契税。',
      materials: [
        item('买卖双方身份证', 'both'),
        item('不动产权证书'),
        item('网签买卖合同', 'original', 2),
        item('契税完税凭证', 'copy'),
        item('婚姻状况证明'),
      ],
      process: '受理 → 审核 → 登簿 → 发证',
      fee: '住宅每件 80 元，非住宅每件 550 元',
      basis: '《不动产登记暂行条例》第十四条',
    },
  },
  {
    dept: 'estate',
    name: '不动产抵押登记',
    type: '承诺件',
    promisedDays: 3,
    legalDays: 30,
    dayKind: 'working',
    notes: '',
    notice: {
      conditions: '抵押物权属清楚，抵押人与抵押权人已签订抵押合同。',
      materials: [item('抵押人、抵押权人身份证明', 'both'), item('不动产权证书'), item('主债权合同及抵押合同')],
      process: '受理 → 审核 → 登簿',
      fee: '每件 80 元',
      basis: '《不动产登记暂行条例实施细则》第六十六条',
    },
  },
  {
    dept: 'social',
    name: '社会保障卡补办',
    type: '即办件',
    promisedDays: 0,
    legalDays: null,
    dayKind: 'working',
    notes: '照片可现场免费拍摄。',
    notice: {
      conditions: '本人参保，原卡已挂失。',
      materials: [item('本人身份证'), item('近期免冠一寸照片')],
      process: '受理 → 制卡 → 当场领卡',
      fee: '免费',
      basis: '《社会保障卡管理办法》',
    },
  },
  {
    dept: 'social',
    name: '养老保险关系转移',
    type: '承诺件',
    promisedDays: 15,
    legalDays: 45,
    dayKind: 'working',
    notes: '',
    notice: {
      conditions: '已在转出地停止缴费，转入地已参保。',
      materials: [item('本人身份证'), item('参保缴费凭证', 'copy'), item('转出地开具的基本养老保险参保缴费凭证')],
      process: '受理 → 转出地审核 → 转入地接续',
      fee: '免费',
      basis: '《城镇企业职工基本养老保险关系转移接续暂行办法》',
    },
  },
  {
    dept: 'market',
    name: '企业设立登记',
    type: '承诺件',
    promisedDays: 3,
    legalDays: 15,
    dayKind: 'working',
    notes: '可在网上先行申报，窗口只核验原件。',
    notice: {
      conditions: '名称已自主申报，住所真实可用。',
      materials: [
        item('公司登记（备案）申请书'),
        item('公司章程'),
        item('股东主体资格证明', 'copy'),
        item('法定代表人、董事、监事任职文件'),
        item('住所使用证明', 'copy'),
      ],
      process: '受理 → 审查 → 核准 → 发照',
      fee: '免费',
      basis: '《中华人民共和国市场主体登记管理条例》第十七条',
    },
  },
  {
    dept: 'market',
    name: '个体工商户注册',
    type: '即办件',
    promisedDays: 0,
    legalDays: null,
    dayKind: 'working',
    notes: '',
    notice: {
      conditions: '经营者具有完全民事行为能力。',
      materials: [item('经营者身份证'), item('经营场所使用证明', 'copy')],
      process: '受理 → 审查 → 当场发照',
      fee: '免费',
      basis: '《促进个体工商户发展条例》',
    },
  },
];
