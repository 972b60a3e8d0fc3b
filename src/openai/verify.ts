import type { Finding } from '../scan/types.js'

export type Liveness = NonNullable<Finding['live']>

/**
 * Asks OpenAI whether a key works, with the cheapest authenticated call there is (`GET /models`).
 * 200 live, 401 invalid, 403 live but restricted; anything else (429, 5xx, no answer) is unknown:
 * a scan never calls a key dead because OpenAI was busy.
 */
export async function checkKey(baseUrl: string, key: string, timeoutMs = 10_000): Promise<Liveness> {
  try {
    const response = await fetch(`${baseUrl}/models`, {
      headers: { authorization: `Bearer ${key}` },
      signal: AbortSignal.timeout(timeoutMs)
    })
    await response.body?.cancel()
    if (response.status === 200) return 'live'
    if (response.status === 401) return 'invalid'
    if (response.status === 403) return 'restricted'
    return 'unknown'
  } catch {
    return 'unknown'
  }
}

/** Checks every distinct key once, a few at a time, and marks each finding with the answer. */
export async function verifyFindings(
  baseUrl: string,
  findings: Finding[],
  keys: ReadonlyMap<string, string>
): Promise<void> {
  const answers = new Map<string, Liveness>()
  const queue = [...new Set(findings.map((f) => f.fingerprint))].filter((fp) => keys.has(fp))
  const worker = async (): Promise<void> => {
    for (let fp = queue.shift(); fp !== undefined; fp = queue.shift()) {
      answers.set(fp, await checkKey(baseUrl, keys.get(fp)!))
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
  for (const finding of findings) finding.live = answers.get(finding.fingerprint) ?? 'unknown'
}
