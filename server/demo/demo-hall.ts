/** The demo service hall `npm start` seeds on first start: departments, A/B posts, matters. */
import type { Department, Matter, Staff } from '../ports/store';

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

export const DEMO_MATTERS: (Omit<Matter, 'id' | 'departmentId'> & { dept: string })[] = [
  {
    dept: 'estate',
    name: '不动产转移登记',
    type: '承诺件',
    promisedDays: 5,
    notes:
      '1. 买卖双方身份证原件及复印件\n2. 不动产权证书原件\n3. 网签买卖合同\n4. 契税完税凭证\n5. 婚姻状况证明\n办理流程：受理 → 审核 → 登簿 → 发证',
  },
  {
    dept: 'estate',
    name: '不动产抵押登记',
    type: '承诺件',
    promisedDays: 3,
    notes: '1. 抵押人、抵押权人身份证明\n2. 不动产权证书\n3. 主债权合同及抵押合同',
  },
  {
    dept: 'social',
    name: '社会保障卡补办',
    type: '即办件',
    promisedDays: 0,
    notes: '1. 本人身份证原件\n2. 近期免冠一寸照片（可现场拍摄）',
  },
  {
    dept: 'social',
    name: '养老保险关系转移',
    type: '承诺件',
    promisedDays: 15,
    notes: '1. 本人身份证原件\n2. 参保缴费凭证\n3. 转出地开具的基本养老保险参保缴费凭证',
  },
  {
    dept: 'market',
    name: '企业设立登记',
    type: '承诺件',
    promisedDays: 3,
    notes:
      '1. 公司登记（备案）申请书\n2. 公司章程\n3. 股东主体资格证明\n4. 法定代表人、董事、监事任职文件\n5. 住所使用证明',
  },
  {
    dept: 'market',
    name: '个体工商户注册',
    type: '即办件',
    promisedDays: 0,
    notes: '1. 经营者身份证原件\n2. 经营场所使用证明',
  },
];
