// What a benchmark must undo (servers, pools, scratch databases), run once in reverse order
// at the end or on Ctrl-C, so an interrupted run leaves nothing behind.

export interface Cleanup {
  /** Registers an undo step; steps run last-registered first. */
  push(fn: () => Promise<void>): void
  /** Runs every step once; later calls wait for the same run. */
  run(): Promise<void>
  /** Whether SIGINT/SIGTERM arrived (the benchmark should stop measuring). */
  readonly interrupted: boolean
}

export function cleanupOnSignals(name: string): Cleanup {
  const steps: Array<() => Promise<void>> = []
  let running: Promise<void> | undefined
  let interrupted = false
  const run = () => {
    running ??= (async () => {
      for (const fn of steps.reverse()) await fn().catch((err: unknown) => process.stderr.write(`${name}: cleanup: ${String(err)}\n`))
    })()
    return running
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // Ctrl-C reaches this process twice (terminal and runner): clean up once, then leave.
      if (interrupted) return
      interrupted = true
      process.stderr.write(`${name}: ${signal}, cleaning up\n`)
      void run().then(() => process.exit(130))
    })
  }
  return {
    push: (fn) => void steps.push(fn),
    run,
    get interrupted() {
      return interrupted
    }
  }
}
