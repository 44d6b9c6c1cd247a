// Words for the deadline figures the server computes (working days, Asia/Shanghai).

/** `还剩 3 个工作日` / `今天到期` / `已超期`; `workingDaysLeft` counts today. */
export function countdownText(workingDaysLeft: number): string {
  if (workingDaysLeft <= 0) return '已超期'
  if (workingDaysLeft === 1) return '今天到期'
  return `还剩 ${workingDaysLeft} 个工作日`
}
