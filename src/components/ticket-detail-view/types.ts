/** Whose view of a ticket: the worker who raised it, or a cadre handling or supervising it. */
export type DetailViewer = 'requester' | 'cadre'
