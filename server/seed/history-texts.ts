// What the people of the demo history wrote: requests per category (with the employer, month
// and amount filled in, so lists do not repeat one sentence), answers that fit them, and the
// words of the steps in between.
import type { GrievanceCategory } from '../../types/enums'
import type { Rng } from './history-random'

/** Employers by the union key of their area or industry. */
export const EMPLOYERS: Record<string, readonly string[]> = {
  nh: ['宁海县某纺织厂', '宁海县某食品有限公司', '宁海县某物业公司'],
  yl: ['跃龙街道某餐饮店', '宁海县某文具厂', '跃龙某连锁超市'],
  ty: ['桃源街道某模具厂', '宁海县某电器有限公司', '桃源某建筑工地'],
  xd: ['西店镇某灯具厂', '西店某五金制品公司', '西店镇某塑料制品厂'],
  kd: ['宁海某快递网点', '宁海某同城配送站'],
  wy: ['宁海某网约车服务公司', '宁海某汽车租赁公司'],
  sd: ['宁海顺达快递有限公司'],
  zt: ['中通快递宁海分公司'],
  hs: ['海曙区某商场', '海曙某保洁服务公司'],
  nm: ['南门街道某酒店', '南门某家政服务公司'],
  yz: ['鄞州区某科技公司', '鄞州某物流园'],
  wm: ['鄞州某外卖配送站', '鄞州某众包骑手站点']
}

interface Template {
  title: string
  description: string
}

const REQUESTS: Record<GrievanceCategory, readonly Template[]> = {
  wages: [
    { title: '{employer}拖欠{month}工资', description: '我在{employer}上班，{month}的工资{amount}元到现在还没发，老板一直说再等等，房租和孩子学费都等着用钱，请工会帮忙催一下。' },
    { title: '加班费一直按最低标准算', description: '{employer}每天要求加班两到三个小时，周末也常加班，但加班费一直按最低工资标准算，{month}少算了大约{amount}元。' },
    { title: '离职后最后一个月工资没结', description: '我{month}从{employer}正常离职，交接都办完了，最后一个月工资{amount}元拖着不结，打电话也不接。' },
    { title: '计件单价被单方面下调', description: '{employer}从{month}起没有商量就把计件单价降了两成，大家一个月少拿{amount}元左右，想请工会出面协调。' },
    { title: '工资被无故扣除{amount}元', description: '{month}的工资条上多了一项“管理扣款”{amount}元，{employer}说是迟到罚款，但考勤记录上我没有迟到。' }
  ],
  safety: [
    { title: '车间通风差气味刺鼻', description: '{employer}喷漆车间排风扇坏了一个多月，气味很大，好几个同事头晕恶心，跟车间主任说了也没人修。' },
    { title: '叉车没有年检还在使用', description: '{employer}仓库里两台叉车年检早就过期，刹车也不灵，每天还在装卸货，担心出事故。' },
    { title: '高温天气没有防暑措施', description: '最近连续高温，{employer}户外作业中午不停工，也没有发防暑降温用品和高温津贴。' },
    { title: '电动车集中充电有安全隐患', description: '{employer}宿舍楼道里几十辆电动车一起充电，线路乱拉，晚上经常跳闸，希望设置安全的充电区。' },
    { title: '夜班没有照明和防护', description: '{employer}夜班装卸区只有一盏灯，地面湿滑没有防滑垫，上个月已经有人摔伤。' }
  ],
  insurance: [
    { title: '单位一直没有缴社保', description: '我在{employer}干了一年多，单位一直没给缴社会保险，说是给了现金补贴，我担心以后看病和养老没有保障。' },
    { title: '工伤认定单位不配合', description: '{month}在{employer}上班时手被机器压伤，单位不肯出具事故经过证明，工伤认定办不下来，医药费已经垫了{amount}元。' },
    { title: '骑手职业伤害保障怎么参保', description: '我在{employer}跑单，听说新就业形态人员有职业伤害保障，不知道是否已经给我们参保、出了事怎么申请。' },
    { title: '医保断缴怎么补', description: '从{employer}离职后医保断了两个月，新单位还没开始缴，想咨询怎么补缴、会不会影响报销。' }
  ],
  hardship: [
    { title: '家人重病申请困难帮扶', description: '爱人{month}查出重病住院，已经花了{amount}元，家里只靠我在{employer}的工资，想申请困难职工帮扶。' },
    { title: '孩子上大学学费有困难', description: '孩子今年考上大学，学费和生活费一下子凑不齐，我在{employer}打工收入不高，想了解金秋助学怎么申请。' },
    { title: '单亲家庭生活困难求助', description: '我一个人带两个孩子，在{employer}上班，每月工资付完房租所剩无几，希望工会能给予帮助。' }
  ],
  rights: [
    { title: '被要求签自愿放弃社保声明', description: '{employer}让新入职的员工都签一份“自愿放弃缴纳社保声明”，不签就不让上岗，这样合法吗？' },
    { title: '合同到期不续签也没有补偿', description: '我在{employer}的劳动合同{month}到期，公司说不续签了，也不给任何经济补偿，想请工会帮忙维权。' },
    { title: '每月休息不足四天', description: '{employer}一个月只让休两天，请假就扣全勤奖，长期这样身体吃不消。' },
    { title: '试用期被延长到六个月', description: '我和{employer}签的是一年合同，试用期却约定六个月，期间工资只有八折，想问问是否合规。' }
  ],
  suggestion: [
    { title: '建议增设户外劳动者驿站', description: '{employer}附近快递员、环卫工很多，夏天找不到喝水休息的地方，建议在附近增设一个爱心驿站。' },
    { title: '希望开设电工技能培训班', description: '很多一线职工想考电工证提高收入，希望工会能组织免费的技能培训班，最好安排在晚上或周末。' },
    { title: '建议组织职工体检', description: '{employer}很多老职工多年没有体检，建议工会协调组织一次免费体检。' }
  ],
  other: [
    { title: '咨询工会会员卡怎么办理', description: '我在{employer}工作，刚加入工会，想知道工会会员服务卡在哪里办理、有哪些优惠。' },
    { title: '职工食堂饭菜涨价', description: '{employer}职工食堂从{month}起饭菜普遍涨价三成，分量还变少了，希望工会和企业沟通一下。' },
    { title: '宿舍热水供应时间太短', description: '{employer}宿舍每天只有晚上一个小时供应热水，上夜班的同事回来根本洗不上澡。' }
  ]
}

const ANSWERS: Record<GrievanceCategory, readonly string[]> = {
  wages: [
    '已约谈企业负责人，企业承诺本月 25 日前补发全部拖欠工资，街道工会将跟踪到位。',
    '经会同劳动监察大队督促，企业已将拖欠工资打到您的工资卡，请注意查收。',
    '已核实考勤和工资记录，企业同意按规定标准补发差额，并调整今后的计发办法。'
  ],
  safety: [
    '已会同应急管理部门现场检查，责令企业限期整改，工会将在一周后复查。',
    '企业已完成整改：更换损坏设备、增设防护设施，工会已到现场查看确认。'
  ],
  insurance: [
    '已向社保部门核实并督促企业，单位已为您补缴社保，可在浙里办查询缴费记录。',
    '已告知办理流程：通过平台即可参加职业伤害保障，费用由平台承担，出险后 30 日内申报。',
    '已协调企业出具事故证明，工伤认定申请已提交人社部门受理。'
  ],
  hardship: ['经审核符合困难职工帮扶条件，已发放帮扶金 2000 元，并纳入常态化帮扶名单。', '已为您办理金秋助学申请，助学金 3000 元将于下月发放。'],
  rights: ['已约谈企业，企业承认做法不妥，已撤销相关要求并按劳动合同法执行。', '已向您说明法律规定并约谈企业，企业同意依法支付经济补偿。'],
  suggestion: ['感谢建议，已转交相关部门研究，计划明年纳入职工服务实事项目。', '建议已采纳，首期培训班下月开班，报名方式会在公众号发布。'],
  other: ['携带身份证到所在街道工会服务窗口即可办理，工作日均可受理。', '已与企业沟通，企业同意调整安排，下周起执行。']
}

export const REPLIES = ['已收到，正在与企业联系核实情况。', '已安排工作人员上门了解情况，请保持电话畅通。', '已将情况转告企业负责人，要求三日内书面说明。']
export const INFO_REQUESTS = ['请补充工资条或银行流水截图，以及劳动合同首页照片。', '请补充现场照片和具体位置，便于我们核实。', '请补充相关证明材料，如医院诊断证明或考勤记录。']
export const SUPPLEMENTS = ['材料已补充，请查收。', '工资条和聊天记录截图已补充。', '现场照片和位置已补充，车间在二号楼三层。']
export const REJECTIONS = ['企业只补发了一半，剩下的还没有给。', '整改只做了表面功夫，问题依旧。', '答复说已处理，但我这边没有任何变化。']
export const WITHDRAWALS = ['问题已经和老板协商解决了。', '工资已经发了，撤回。', '']
export const EXTENSION_REASONS = ['涉及多家用工单位，需会同劳动监察共同核实，申请延期。', '企业负责人出差，需待其返回后当面协调，申请延期。']
export const DISPATCH_NOTES = ['请属地工会尽快联系职工核实。', '请三个工作日内联系职工。', '']

const COMMENTS: Record<number, readonly string[]> = {
  5: ['办得很快，谢谢工会！', '问题解决了，感谢娘家人！', '工作人员态度很好，点赞。', ''],
  4: ['问题基本解决，希望后续跟进。', '处理得不错，就是时间长了点。', ''],
  3: ['只解决了一部分。', ''],
  2: ['拖了很久才处理，结果也不理想。'],
  1: ['没有实质性解决。']
}

function fill(text: string, slots: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? '')
}

export function requestText(rng: Rng, category: GrievanceCategory, employer: string, month: string): Template {
  const t = rng.pick(REQUESTS[category])
  const slots = { employer, month, amount: String(rng.int(8, 95) * 100) }
  return { title: fill(t.title, slots).slice(0, 50), description: fill(t.description, slots) }
}

export const answerText = (rng: Rng, category: GrievanceCategory) => rng.pick(ANSWERS[category])
export const commentFor = (rng: Rng, average: number) => rng.pick(COMMENTS[Math.round(average)] ?? COMMENTS[3]!)
