// A believable slice of Zhejiang's union tree, with demo cadres, for `npm start` and demos.
import type { UnionLevel } from '../../types/enums'

export interface SeedUnion {
  key: string
  name: string
  level: UnionLevel
  region: string
  children?: SeedUnion[]
}

export const UNION_TREE: SeedUnion = {
  key: 'zj', name: '浙江省总工会', level: 'province', region: '浙江省',
  children: [
    {
      key: 'nb', name: '宁波市总工会', level: 'city', region: '浙江省宁波市',
      children: [
        {
          key: 'nh', name: '宁海县总工会', level: 'county', region: '宁波市宁海县',
          children: [
            {
              key: 'yl', name: '跃龙街道总工会', level: 'township', region: '宁海县跃龙街道',
              children: [{ key: 'sd', name: '宁海顺达快递有限公司工会', level: 'enterprise', region: '宁海县跃龙街道' }]
            },
            { key: 'ty', name: '桃源街道总工会', level: 'township', region: '宁海县桃源街道' },
            { key: 'xd', name: '西店镇总工会', level: 'township', region: '宁海县西店镇' },
            {
              key: 'kd', name: '宁海县快递行业工会联合会', level: 'industry', region: '宁波市宁海县',
              children: [{ key: 'zt', name: '中通快递宁海分公司工会', level: 'enterprise', region: '宁海县桃源街道' }]
            },
            { key: 'wy', name: '宁海县网约车行业工会', level: 'industry', region: '宁波市宁海县' }
          ]
        },
        {
          key: 'hs', name: '海曙区总工会', level: 'county', region: '宁波市海曙区',
          children: [{ key: 'nm', name: '南门街道总工会', level: 'township', region: '海曙区南门街道' }]
        },
        {
          key: 'yz', name: '鄞州区总工会', level: 'county', region: '宁波市鄞州区',
          children: [{ key: 'wm', name: '鄞州区外卖骑手工会联合会', level: 'industry', region: '宁波市鄞州区' }]
        }
      ]
    },
    {
      key: 'hz', name: '杭州市总工会', level: 'city', region: '浙江省杭州市',
      children: [
        {
          key: 'xh', name: '西湖区总工会', level: 'county', region: '杭州市西湖区',
          children: [{ key: 'xx', name: '西溪街道总工会', level: 'township', region: '西湖区西溪街道' }]
        }
      ]
    }
  ]
}

export interface SeedUser {
  account: string
  displayName: string
  phone: string
  isLawyer?: boolean
  /** Key of the union of this person's employer (where confidentiality must keep them hidden). */
  employerUnion?: string
  /** `fullExport`: may export phone numbers unmasked for the union's subtree. */
  cadreOf?: { union: string; title: string; fullExport?: boolean }
}

export const DEMO_USERS: SeedUser[] = [
  { account: 'worker', displayName: '张建军', phone: '13805741234', employerUnion: 'sd' },
  { account: 'parent', displayName: '李秀英', phone: '13957412345' },
  { account: 'cadre-township', displayName: '王丽', phone: '13605743456', cadreOf: { union: 'yl', title: '主席' } },
  { account: 'cadre-industry', displayName: '周强', phone: '13705744567', cadreOf: { union: 'kd', title: '主席' } },
  { account: 'cadre-county', displayName: '陈国平', phone: '13505745678', cadreOf: { union: 'nh', title: '权益保障部部长', fullExport: true } },
  { account: 'cadre-city', displayName: '赵敏', phone: '13305746789', cadreOf: { union: 'nb', title: '职工服务中心主任' } },
  { account: 'cadre-enterprise', displayName: '吴海', phone: '13105747890', cadreOf: { union: 'sd', title: '工会主席' } },
  { account: 'lawyer', displayName: '孙立新', phone: '13905748901', isLawyer: true }
]
