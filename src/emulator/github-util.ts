// GitHub's error bodies and list paging, shared by the emulated GitHub routes.
import type { Reply } from './server.js'

export const DOCS = 'https://docs.github.com/rest'

export function error(status: number, message: string): Reply {
  return { status, body: { message, documentation_url: DOCS, status: String(status) } }
}

export function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined
}

export function page<T>(items: T[], query: URLSearchParams, defaultPerPage: number): T[] {
  const perPage = Math.min(100, Number(query.get('per_page') ?? defaultPerPage) || defaultPerPage)
  const pageNumber = Math.max(1, Number(query.get('page') ?? 1) || 1)
  return items.slice((pageNumber - 1) * perPage, pageNumber * perPage)
}
