// What each action's form asks for. The buttons shown are exactly the server's
// `allowedActions`; this table only says how each one is filled in.
import {
  REFUSE_REASON_LABELS,
  REFUSE_REASONS,
  RETURN_REASON_LABELS,
  RETURN_REASONS,
  type TicketAction
} from '../../../types/enums'
import { MAX_EXTENSION_DAYS } from '../../../types/schemas/ticket-action'

export interface TextSpec {
  label: string
  placeholder: string
  required: boolean
  max: number
}

export interface ReasonSpec {
  options: readonly string[]
  labels: Record<string, string>
}

export interface ActionSpec {
  text?: TextSpec
  /** Pick a union from the routing targets. */
  routing?: 'dispatch' | 'transfer'
  reasons?: ReasonSpec
  days?: boolean
  ratings?: boolean
  photos?: boolean
  /** 指派律师: pick one of `legalCase.stationLawyers`. */
  lawyer?: boolean
  /** 推进办案阶段: pick one of `legalCase.nextStages`. */
  stage?: boolean
  /** 结案: pick one of `legalCase.outcomes` and enter the amount recovered (yuan). */
  outcome?: boolean
  /** Offer 常用回复. */
  canned?: boolean
  /** One tap plus a confirm dialog instead of a form. */
  confirm?: string
  /** A line explaining what happens next. */
  hint?: string
  submit: string
  primary?: boolean
}

const optional = (label: string, placeholder: string, max = 500): TextSpec => ({ label: `${label}（可不填）`, placeholder, required: false, max })
const required = (label: string, placeholder: string, max = 500): TextSpec => ({ label, placeholder, required: true, max })

export const ACTION_SPECS: Record<TicketAction, ActionSpec> = {
  acknowledge: { confirm: '签收后开始计算答复期限。确认签收这件诉求？', submit: '签收', primary: true },
  dispatch: {
    routing: 'dispatch',
    text: optional('派单说明', '交办要求、联系人等'),
    hint: '派给下级工会办理；对方可签收，也可退单',
    submit: '确认派单'
  },
  return: {
    reasons: { options: RETURN_REASONS, labels: RETURN_REASON_LABELS },
    text: required('退单说明', '说明为什么不能由本会办理'),
    submit: '确认退单'
  },
  transfer: { routing: 'transfer', text: required('转办原因', '说明为什么转给该工会办理'), submit: '确认转办' },
  request_info: {
    text: required('需要补充的材料', '写明需要职工补充哪些材料，职工可以看到', 1000),
    hint: '职工补充材料期间，答复期限暂停计时',
    submit: '发送给职工'
  },
  supplement: {
    text: required('补充说明', '按工会的要求补充情况说明', 2000),
    photos: true,
    submit: '提交补充材料',
    primary: true
  },
  reply: { text: required('回复内容', '回复职工，职工可以看到', 2000), canned: true, hint: '回复不改变办理状态', submit: '发送回复' },
  answer: {
    text: required('答复内容', '写明办理结果，职工将据此确认是否解决', 2000),
    canned: true,
    hint: '答复后由职工确认是否解决',
    submit: '正式答复',
    primary: true
  },
  confirm: { ratings: true, text: optional('评价', '说说您对办理结果的看法'), submit: '提交评价', primary: true },
  reject: {
    text: required('未解决的原因', '请说明哪里还没有解决'),
    hint: '提交后，诉求将退回承办工会重新办理（重办）',
    submit: '提交'
  },
  auto_confirm: { submit: '' },
  refuse: {
    reasons: { options: REFUSE_REASONS, labels: REFUSE_REASON_LABELS },
    text: optional('说明', '补充说明，职工可以看到'),
    hint: '不予受理后诉求即结束，职工将看到原因',
    submit: '确认不予受理'
  },
  withdraw: { text: optional('撤回原因', '例如：问题已自行解决'), submit: '确认撤回' },
  request_extension: {
    days: true,
    text: required('延期理由', '说明需要延期的原因'),
    hint: `由上级工会审批，最多延期 ${MAX_EXTENSION_DAYS} 个工作日`,
    submit: '提交申请'
  },
  approve_extension: { text: optional('审批意见', '可写明要求'), submit: '同意延期', primary: true },
  deny_extension: { text: required('不同意的理由', '说明不同意延期的理由'), submit: '不同意延期' },
  mark_unreasonable: {
    text: required('认定理由', '说明认定为不合理诉求的理由'),
    hint: '标记后该诉求不计入考核统计，职工看不到此标记',
    submit: '确认标记'
  },
  note: { text: required('备注内容', '仅工会干部可见，职工看不到', 2000), submit: '保存备注' },
  assign_lawyer: {
    lawyer: true,
    text: optional('指派说明', '如：职工希望尽快电话联系'),
    hint: '指派后由该律师承办，职工和律师都会收到通知',
    submit: '确认指派',
    primary: true
  },
  advance_stage: {
    stage: true,
    text: required('阶段说明', '说明进入该阶段的原因和下一步安排，职工可以看到', 2000),
    hint: '办案阶段只能向前推进；案件办结请用“结案”',
    submit: '确认推进'
  },
  close_case: {
    outcome: true,
    text: required('结案说明', '写明办理结果，职工将据此确认并评价', 2000),
    hint: '结案后由职工确认办理结果并评价',
    submit: '确认结案',
    primary: true
  }
}

/** Actions a person can take from the app (auto_confirm is the system's). */
export function isPersonAction(action: TicketAction): boolean {
  return action !== 'auto_confirm'
}
