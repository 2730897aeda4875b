// Turns any error into the one line a person reads, naming the code when there is one.
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return typeof code === 'string' && code.startsWith('ZJ_') ? `${error.message} [${code}]` : error.message
  }
  return String(error)
}

/** Runs a command body; prints errors as one line on stderr and returns exit code 1. */
export async function guarded(name: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body()
  } catch (error) {
    console.error(`zhengji ${name}: ${describeError(error)}`)
    return 1
  }
}
