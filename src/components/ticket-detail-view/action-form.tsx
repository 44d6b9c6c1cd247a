import type { ReactNode } from 'react'
import { Input, Text, Textarea, View } from '@tarojs/components'
import type { TicketDetail } from '../../../types/api'
import type { TicketAction } from '../../../types/enums'
import { CASE_OUTCOME_LABELS, CASE_STAGE_LABELS } from '../../../types/legal-aid'
import { MAX_SUPPLEMENT_PHOTOS } from '../../../types/schemas/ticket-action'
import type { PhotoUploads } from '../../hooks/use-photo-uploads'
import { AppButton } from '../app-button'
import { CannedReplyPicker } from '../canned-reply-picker'
import { PhotoField } from '../photo-field'
import { RatingRows } from '../rating-stars'
import { ReasonPicker } from '../reason-picker'
import { UnionChoiceList } from '../union-choice-list'
import type { ActionDraft } from './action-request'
import type { ActionSpec } from './action-specs'

interface ActionFormProps {
  action: TicketAction
  spec: ActionSpec
  ticket: TicketDetail
  draft: ActionDraft
  onDraft: (patch: Partial<ActionDraft>) => void
  errors: Record<string, string>
  busy: boolean
  photos: PhotoUploads
  onSubmit: () => void
  onCancel: () => void
}

function Section({ label, required, error, children }: { label: string; required?: boolean; error?: string; children: ReactNode }) {
  return (
    <View className='action-section'>
      <View className='field-label action-form-label'>
        <Text>{label}</Text>
        {required ? <Text className='field-required'>*</Text> : null}
      </View>
      {children}
      {error ? <View className='field-error'>{error}</View> : null}
    </View>
  )
}

function photoError(errors: Record<string, string>): string | undefined {
  const key = Object.keys(errors).find((k) => k.startsWith('attachmentIds'))
  return key ? errors[key] : undefined
}

/** A line that depends on the ticket: where 退单 sends it, what the union asked the worker for. */
function hintFor(action: TicketAction, ticket: TicketDetail): string | undefined {
  if (action === 'return') return `退单后，诉求将退回${ticket.dispatchedFrom?.name ?? '派单的工会'}`
  if (action === 'supplement') {
    const asked = [...ticket.events].reverse().find((e) => e.action === 'request_info')
    return asked?.body ? `工会需要您补充：${asked.body}` : undefined
  }
  return undefined
}

/** Where a legal-aid case stands, above the form that changes it. */
function caseContext(action: TicketAction, ticket: TicketDetail): string | undefined {
  const c = ticket.legalCase
  if (!c) return undefined
  if (action === 'assign_lawyer') return c.lawyer ? `当前承办律师：${c.lawyer.name}，改派后由新律师承办` : undefined
  if (action === 'advance_stage' || action === 'close_case') return `当前阶段：${CASE_STAGE_LABELS[c.stage]}`
  return undefined
}

/** 常用回复 are the handling union's and only its cadres may read them: a lawyer who is not one
 * of them is not offered the picker (on a legal-aid case the handler is the one who can assign). */
function offersCanned(ticket: TicketDetail): boolean {
  return ticket.legalCase === null || ticket.allowedActions.includes('assign_lawyer')
}

function NoChoice({ text }: { text: string }) {
  return <View className='muted action-no-choice'>{text}</View>
}

/** The form of one action: only the parts its spec asks for. */
export function ActionForm({ action, spec, ticket, draft, onDraft, errors, busy, photos, onSubmit, onCancel }: ActionFormProps) {
  const hint = hintFor(action, ticket) ?? spec.hint
  const context = caseContext(action, ticket)
  const legal = ticket.legalCase
  const insertCanned = (body: string) => onDraft({ text: draft.text.trim() ? `${draft.text}\n${body}` : body })

  return (
    <View className={`action-form action-form-${action}`}>
      {context ? <View className='action-context'>{context}</View> : null}
      {hint ? <View className='muted action-hint'>{hint}</View> : null}

      {spec.routing ? (
        <Section label={spec.routing === 'dispatch' ? '派给哪个工会' : '转给哪个工会'} required error={errors.unionId}>
          <UnionChoiceList ticketId={ticket.id} action={spec.routing} value={draft.unionId} onChange={(unionId) => onDraft({ unionId })} />
        </Section>
      ) : null}

      {spec.reasons ? (
        <Section label='原因' required error={errors.reasonCode}>
          <ReasonPicker
            options={spec.reasons.options}
            labels={spec.reasons.labels}
            value={draft.reasonCode}
            onChange={(reasonCode) => onDraft({ reasonCode })}
          />
        </Section>
      ) : null}

      {spec.days ? (
        <Section label='延期天数' required error={errors.days}>
          <View className='days-input'>
            <Input
              className='input days-field'
              type='number'
              value={draft.days}
              maxlength={2}
              placeholder='1–10'
              placeholderClass='placeholder'
              onInput={(e) => onDraft({ days: e.detail.value })}
            />
            <Text className='days-unit'>个工作日</Text>
          </View>
        </Section>
      ) : null}

      {spec.lawyer ? (
        <Section label='承办律师' required error={errors.lawyerId}>
          {legal && legal.stationLawyers.length > 0 ? (
            <ReasonPicker
              options={legal.stationLawyers.map((l) => l.id)}
              labels={Object.fromEntries(legal.stationLawyers.map((l) => [l.id, l.name]))}
              value={draft.lawyerId}
              onChange={(lawyerId) => onDraft({ lawyerId })}
            />
          ) : (
            <NoChoice text='本援助站还没有登记律师' />
          )}
        </Section>
      ) : null}

      {spec.stage ? (
        <Section label='进入哪个阶段' required error={errors.stage}>
          {legal && legal.nextStages.length > 0 ? (
            <ReasonPicker options={legal.nextStages} labels={CASE_STAGE_LABELS} value={draft.stage} onChange={(stage) => onDraft({ stage })} />
          ) : (
            <NoChoice text='案件已处于最后的办案阶段，办结请用“结案”' />
          )}
        </Section>
      ) : null}

      {spec.outcome ? (
        <Section label='结案方式' required error={errors.outcome}>
          {legal && legal.outcomes.length > 0 ? (
            <ReasonPicker options={legal.outcomes} labels={CASE_OUTCOME_LABELS} value={draft.outcome} onChange={(outcome) => onDraft({ outcome })} />
          ) : (
            <NoChoice text='当前阶段没有可选的结案方式' />
          )}
        </Section>
      ) : null}

      {spec.outcome ? (
        <Section label='追回金额' required error={errors.amountRecovered}>
          <View className='amount-input'>
            <Input
              className='input amount-field'
              type='digit'
              value={draft.amount}
              maxlength={12}
              placeholder='0'
              placeholderClass='placeholder'
              onInput={(e) => onDraft({ amount: e.detail.value })}
            />
            <Text className='amount-unit'>元</Text>
          </View>
          <View className='muted amount-hint'>追回金额只在结案时填写，精确到分；没有追回填 0</View>
        </Section>
      ) : null}

      {spec.ratings ? (
        <Section label='请为这次办理打分' required>
          <RatingRows
            values={draft.ratings}
            onChange={(d, n) => onDraft({ ratings: { ...draft.ratings, [d]: n } })}
            errors={{ speed: errors.speed, attitude: errors.attitude, result: errors.result }}
          />
        </Section>
      ) : null}

      {spec.text ? (
        <Section label={spec.text.label} required={spec.text.required} error={errors.body ?? errors.comment}>
          {spec.canned && offersCanned(ticket) ? <CannedReplyPicker unionId={ticket.currentUnion.id} onPick={insertCanned} /> : null}
          <Textarea
            className='textarea action-text'
            value={draft.text}
            maxlength={spec.text.max}
            placeholder={spec.text.placeholder}
            placeholderClass='placeholder'
            onInput={(e) => onDraft({ text: e.detail.value })}
          />
        </Section>
      ) : null}

      {spec.photos ? (
        <Section label={`照片（选填，最多 ${MAX_SUPPLEMENT_PHOTOS} 张）`} error={photoError(errors)}>
          <PhotoField
            photos={photos.photos}
            max={MAX_SUPPLEMENT_PHOTOS}
            addClassName='supplement-photo-add'
            onAdd={() => void photos.add()}
            onRetry={photos.retry}
            onRemove={photos.remove}
            onPreview={photos.preview}
          />
        </Section>
      ) : null}

      {errors._ ? <View className='field-error action-error'>{errors._}</View> : null}
      <View className='btn-row action-form-buttons'>
        <AppButton className='btn btn--plain action-cancel' disabled={busy} onClick={onCancel}>
          取消
        </AppButton>
        <AppButton className='btn btn--primary action-submit' disabled={busy} onClick={onSubmit}>
          {busy ? '提交中…' : spec.submit}
        </AppButton>
      </View>
    </View>
  )
}
