// Issues and comments: how a rotation leaves its record.
import { issue, issueComment } from './github-shapes.js'
import type { IssueState, Links } from './github-shapes.js'
import { error, page, record } from './github-util.js'
import type { Request, Route } from './server.js'

export interface IssueContext {
  links: Links
  owner: string
  repo: string
  issues: IssueState[]
  nextId(): number
}

function labelsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value
    .map((l: unknown) => (typeof l === 'string' ? l : (record(l)?.name as string | undefined)))
    .filter((l): l is string => typeof l === 'string')
}

export function issueRoutes(base: string, ctx: IssueContext): Route[] {
  const { links, owner, repo, issues, nextId } = ctx
  const find = (req: Request): IssueState | undefined =>
    issues.find((i) => String(i.number) === req.params.issue_number)
  return [
    {
      method: 'GET',
      template: base,
      needs: 'issues',
      handle: (req) => {
        const state = req.query.get('state') ?? 'open'
        const wanted = (req.query.get('labels') ?? '').split(',').filter(Boolean)
        const found = issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => wanted.every((l) => i.labels.includes(l)))
          .reverse()
        return { status: 200, body: page(found, req.query, 30).map((i) => issue(links, owner, repo, i)) }
      }
    },
    {
      method: 'POST',
      template: base,
      needs: 'issues',
      handle: (req) => {
        const body = record(req.body) ?? {}
        if (typeof body.title !== 'string' || body.title === '') {
          return error(422, 'Validation Failed')
        }
        const now = Date.now()
        const created: IssueState = {
          number: issues.length + 1,
          id: 3000000 + nextId(),
          title: body.title,
          body: typeof body.body === 'string' ? body.body : '',
          labels: labelsOf(body.labels),
          state: 'open',
          comments: [],
          createdAt: now,
          updatedAt: now,
          closedAt: null
        }
        issues.push(created)
        const json = issue(links, owner, repo, created)
        return { status: 201, body: json, headers: { location: String(json.url) } }
      }
    },
    {
      method: 'GET',
      template: `${base}/{issue_number}`,
      needs: 'issues',
      handle: (req) => {
        const found = find(req)
        return found ? { status: 200, body: issue(links, owner, repo, found) } : error(404, 'Not Found')
      }
    },
    {
      method: 'PATCH',
      template: `${base}/{issue_number}`,
      needs: 'issues',
      handle: (req) => {
        const found = find(req)
        if (!found) return error(404, 'Not Found')
        const body = record(req.body) ?? {}
        if (typeof body.title === 'string') found.title = body.title
        if (typeof body.body === 'string') found.body = body.body
        if (body.labels !== undefined) found.labels = labelsOf(body.labels)
        if (body.state === 'open' || body.state === 'closed') {
          found.closedAt = body.state === 'closed' ? Date.now() : null
          found.state = body.state
        }
        found.updatedAt = Date.now()
        return { status: 200, body: issue(links, owner, repo, found) }
      }
    },
    {
      method: 'GET',
      template: `${base}/{issue_number}/comments`,
      needs: 'issues',
      handle: (req) => {
        const found = find(req)
        if (!found) return error(404, 'Not Found')
        const all = found.comments.map((c) => issueComment(links, owner, repo, found.number, c))
        return { status: 200, body: page(all, req.query, 30) }
      }
    },
    {
      method: 'POST',
      template: `${base}/{issue_number}/comments`,
      needs: 'issues',
      handle: (req) => {
        const found = find(req)
        if (!found) return error(404, 'Not Found')
        const body = record(req.body) ?? {}
        if (typeof body.body !== 'string') return error(422, 'Validation Failed')
        const comment = { id: 1000000 + nextId(), body: body.body, createdAt: Date.now() }
        found.comments.push(comment)
        found.updatedAt = comment.createdAt
        const json = issueComment(links, owner, repo, found.number, comment)
        return { status: 201, body: json, headers: { location: String(json.url) } }
      }
    }
  ]
}
