import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { ClassDetail, ClassPhase, PeriodView } from '../../../../types/api-childcare'
import { PageShell } from '../../../components/page-shell'
import { ErrorState, LoadingState } from '../../../components/state-views'
import { isLoggedIn } from '../../../services/session'
import { CHILDCARE_SIGN_UP_PAGE, loginUrl, withQuery } from '../../../utils/routes'
import { phaseAt } from '../../../utils/childcare-format'
import { OpeningLine } from '../kit/opening-line'
import { useServerClock } from '../kit/use-server-clock'
import { ClassInfo } from './class-info'
import { PeriodCard } from './period-card'
import { useClassDetail, useSeatRefresh } from './use-class-detail'
import './index.scss'

interface ClassBodyProps {
  cls: ClassDetail
  now: number
  phase: ClassPhase
  onSignUp: (p: PeriodView) => void
}

function ClassBody({ cls, now, phase, onSignUp }: ClassBodyProps) {
  return (
    <View>
      <View className='card cc-class-head'>
        <View className='cc-class-name'>{cls.title}</View>
        <View className='muted'>
          {cls.union.name} · {cls.season}
        </View>
        <OpeningLine cls={cls} now={now} />
      </View>
      <ClassInfo cls={cls} />
      {cls.description ? (
        <View className='card cc-class-description'>
          <View className='card-title'>托班介绍</View>
          <Text className='cc-description-text' userSelect>
            {cls.description}
          </Text>
        </View>
      ) : null}
      <View className='cc-section-title'>班期与名额</View>
      {cls.periods.map((p) => (
        <PeriodCard key={p.id} cls={cls} period={p} phase={phase} onSignUp={onSignUp} />
      ))}
    </View>
  )
}

export default function ClassPage() {
  const router = useRouter()
  const id = router?.params.id ?? ''
  const { state, answers, reload } = useClassDetail(id)
  const cls = state.status === 'ready' ? state.cls : null
  // The clock ticks while the countdown runs, so the buttons enable themselves the second
  // sign-up opens, without a refresh.
  const upcoming = cls !== null && phaseAt(cls, Date.parse(cls.serverTime)) === 'upcoming'
  const now = useServerClock(cls?.serverTime, upcoming)
  const phase = cls ? phaseAt(cls, now) : null
  // Seats only move while sign-up is open; before and after it one load is enough.
  useSeatRefresh(phase === 'open', answers, reload)

  const signUp = (p: PeriodView) => {
    const url = withQuery(CHILDCARE_SIGN_UP_PAGE, { classId: id, periodId: p.id })
    void Taro.navigateTo({ url: isLoggedIn() ? url : loginUrl(url) })
  }

  return (
    <PageShell className='cc-class'>
      {state.status === 'loading' ? <LoadingState /> : null}
      {state.status === 'error' ? <ErrorState message={state.message} onRetry={() => void reload()} /> : null}
      {cls && phase ? <ClassBody cls={cls} now={now} phase={phase} onSignUp={signUp} /> : null}
    </PageShell>
  )
}
