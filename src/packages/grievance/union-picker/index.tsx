import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { AppButton } from '../../../components/app-button'
import type { UnionNode } from '../../../../types/api'
import { UNION_LEVEL_LABELS } from '../../../../types/enums'
import { PageShell } from '../../../components/page-shell'
import { EmptyState, ErrorState, LoadingState } from '../../../components/state-views'
import { errorMessage } from '../../../services/request'
import { fetchUnions, searchUnions } from '../../../services/unions'
import { cx } from '../../../utils/class-names'
import { UNION_PICKED } from '../../../utils/events'
import './index.scss'

type TreeState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; nodes: UnionNode[] }
type SearchState = { status: 'idle' } | { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; q: string; nodes: UnionNode[] }

export default function UnionPickerPage() {
  const router = useRouter()
  const selectedId = router?.params.selected ?? ''
  const [tree, setTree] = useState<TreeState>({ status: 'loading' })
  /** Ids from the root down to the union whose children are listed. */
  const [path, setPath] = useState<string[]>([])
  const [query, setQuery] = useState('')
  const [search, setSearch] = useState<SearchState>({ status: 'idle' })
  const searchGen = useRef(0)

  const loadTree = useCallback(async () => {
    setTree({ status: 'loading' })
    try {
      const nodes = await fetchUnions()
      setTree({ status: 'ready', nodes })
      const root = nodes.find((n) => n.parentId === null)
      setPath(root ? [root.id] : [])
    } catch (err) {
      setTree({ status: 'error', message: errorMessage(err) })
    }
  }, [])

  useEffect(() => {
    void loadTree()
  }, [loadTree])

  const { byId, children } = useMemo(() => {
    const byId = new Map<string, UnionNode>()
    const children = new Map<string | null, UnionNode[]>()
    if (tree.status === 'ready') {
      for (const n of tree.nodes) {
        byId.set(n.id, n)
        const list = children.get(n.parentId) ?? []
        list.push(n)
        children.set(n.parentId, list)
      }
    }
    return { byId, children }
  }, [tree])

  const pick = (u: UnionNode) => {
    Taro.eventCenter.trigger(UNION_PICKED, { id: u.id, name: u.name })
    void Taro.navigateBack()
  }

  const runSearch = async () => {
    const q = query.trim()
    if (!q) {
      setSearch({ status: 'idle' })
      return
    }
    const gen = ++searchGen.current
    setSearch({ status: 'loading' })
    try {
      const nodes = await searchUnions(q)
      if (gen === searchGen.current) setSearch({ status: 'ready', q, nodes })
    } catch (err) {
      if (gen === searchGen.current) setSearch({ status: 'error', message: errorMessage(err) })
    }
  }

  const clearSearch = () => {
    searchGen.current++
    setQuery('')
    setSearch({ status: 'idle' })
  }

  const row = (u: UnionNode, drill: boolean) => {
    const kids = children.get(u.id) ?? []
    const canDrill = drill && kids.length > 0
    return (
      <View key={u.id} id={`union-${u.id}`} className={cx('union-row', u.id === selectedId && 'union-row--selected')}>
        <View className='union-row-main' onClick={() => (canDrill ? setPath((p) => p.concat(u.id)) : pick(u))}>
          <View className='union-name'>{u.name}</View>
          <View className='union-meta muted'>
            {UNION_LEVEL_LABELS[u.level]} · {u.region}
            {canDrill ? ` · 下级 ${kids.length} 个` : ''}
          </View>
        </View>
        <AppButton className='btn union-pick-btn' onClick={() => pick(u)}>
          选择
        </AppButton>
      </View>
    )
  }

  const current = byId.get(path[path.length - 1] ?? '')
  const list = current ? (children.get(current.id) ?? []) : []

  return (
    <PageShell className='union-picker'>
      <View className='card union-search'>
        <View className='union-search-bar'>
          <Input
            className='input union-search-input'
            value={query}
            placeholder='输入地区或工会名称，如：宁海、跃龙街道'
            placeholderClass='placeholder'
            confirmType='search'
            onInput={(e) => setQuery(e.detail.value)}
            onConfirm={() => void runSearch()}
          />
          <AppButton className='btn btn--primary union-search-btn' onClick={() => void runSearch()}>
            搜索
          </AppButton>
        </View>
        <View className='muted'>按所在地区搜索，可以找到离您最近的工会</View>
      </View>

      {search.status !== 'idle' ? (
        <View className='card union-results'>
          <View className='union-results-head'>
            <Text className='card-title'>{search.status === 'ready' ? `“${search.q}”的搜索结果` : '搜索结果'}</Text>
            <Text className='union-clear' onClick={clearSearch}>
              返回逐级选择
            </Text>
          </View>
          {search.status === 'loading' ? <LoadingState text='搜索中…' /> : null}
          {search.status === 'error' ? <ErrorState message={search.message} onRetry={() => void runSearch()} /> : null}
          {search.status === 'ready' && search.nodes.length === 0 ? <EmptyState text='没有找到，换个地名试试' /> : null}
          {search.status === 'ready' ? search.nodes.map((u) => row(u, false)) : null}
        </View>
      ) : null}

      {search.status === 'idle' ? (
        <View className='card union-tree'>
          {tree.status === 'loading' ? <LoadingState /> : null}
          {tree.status === 'error' ? <ErrorState message={tree.message} onRetry={() => void loadTree()} /> : null}
          {tree.status === 'ready' && current ? (
            <View>
              <View className='union-breadcrumb'>
                {path.map((id, i) => (
                  <Text key={id} className={cx('crumb', i === path.length - 1 && 'crumb--current')} onClick={() => setPath((p) => p.slice(0, i + 1))}>
                    {i > 0 ? ' › ' : ''}
                    {byId.get(id)?.name ?? ''}
                  </Text>
                ))}
              </View>
              <View className='union-current'>
                <View className='union-current-text muted'>直接交给「{current.name}」</View>
                <AppButton className='btn union-pick-current' onClick={() => pick(current)}>
                  选择本级
                </AppButton>
              </View>
              {list.map((u) => row(u, true))}
              {list.length === 0 ? <View className='muted union-leaf'>没有下级工会</View> : null}
            </View>
          ) : null}
          {tree.status === 'ready' && !current ? <EmptyState text='暂无工会数据' /> : null}
        </View>
      ) : null}
    </PageShell>
  )
}
