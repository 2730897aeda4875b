// Passwords: argon2id hashes (@node-rs/argon2 defaults to argon2id), and a verify that costs the same for an
// unknown user as for a wrong password.
import { hash, verify } from '@node-rs/argon2'

export interface HashCost {
  readonly memoryCost: number
  readonly timeCost: number
}

export const DEFAULT_COST: HashCost = { memoryCost: 19_456, timeCost: 2 }

export function hashPassword(password: string, cost: HashCost = DEFAULT_COST): Promise<string> {
  return hash(password, { memoryCost: cost.memoryCost, timeCost: cost.timeCost, parallelism: 1 })
}

const dummies = new Map<string, Promise<string>>()

/** Verifies against the stored hash, or against a dummy hash when there is no user (same work, same answer). */
export async function verifyPassword(
  stored: string | undefined,
  password: string,
  cost: HashCost = DEFAULT_COST,
): Promise<boolean> {
  if (stored === undefined) {
    const key = `${cost.memoryCost}:${cost.timeCost}`
    let dummy = dummies.get(key)
    if (!dummy) {
      dummy = hashPassword('zhengji-no-such-user', cost)
      dummies.set(key, dummy)
    }
    await verify(await dummy, password).catch(() => false)
    return false
  }
  try {
    return await verify(stored, password)
  } catch {
    return false
  }
}

export function validPassword(password: string): boolean {
  return password.length >= 8 && password.length <= 200
}
