import { describe, expect, it } from 'vitest'
import { checkExchange, type Exchange } from '../../src/emulator/contract.js'

function exchange(overrides: Partial<Exchange>): Exchange {
  return {
    api: 'openai',
    method: 'GET',
    template: '/models',
    params: {},
    query: new URLSearchParams(),
    requestBody: undefined,
    status: 200,
    responseBody: { object: 'list', data: [] },
    ...overrides
  }
}

describe('contract checks', () => {
  it('accepts an exchange that matches the description', () => {
    expect(checkExchange(exchange({}))).toEqual([])
  })

  it('names the operation and the problem in a response that lacks a required field', () => {
    expect(checkExchange(exchange({ responseBody: { object: 'list' } }))).toEqual([
      "openai GET /models response 200: must have required property 'data'"
    ])
  })

  it('flags operations, successes and query parameters the description does not have', () => {
    expect(checkExchange(exchange({ template: '/nothing' }))).toEqual([
      'openai GET /nothing: no such operation in the description'
    ])
    expect(checkExchange(exchange({ status: 201 }))).toEqual([
      'openai GET /models response: status 201 is not described'
    ])
    expect(checkExchange(exchange({ query: new URLSearchParams('limt=2') }))).toEqual([
      "openai GET /models parameters query: unknown parameter 'limt'"
    ])
  })

  it('checks GitHub query parameters by type (search syntax for created) and response fields', () => {
    const runs = {
      api: 'github' as const,
      template: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
      params: { owner: 'o', repo: 'r', workflow_id: 'smoke.yml' },
      responseBody: { total_count: 0, workflow_runs: [] }
    }
    expect(
      checkExchange(exchange({ ...runs, query: new URLSearchParams('per_page=5&created=>=2024-01-01') }))
    ).toEqual([])
    expect(checkExchange(exchange({ ...runs, query: new URLSearchParams('per_page=many') }))).toEqual([
      "github GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs parameters query 'per_page': must be integer"
    ])
    const secret = {
      api: 'github' as const,
      method: 'GET',
      template: '/repos/{owner}/{repo}/actions/secrets/{secret_name}',
      params: { owner: 'o', repo: 'r', secret_name: 'S' }
    }
    expect(
      checkExchange(exchange({ ...secret, responseBody: { name: 'S', created_at: 'yesterday' } }))
    ).toEqual([
      "github GET /repos/{owner}/{repo}/actions/secrets/{secret_name} response 200: must have required property 'updated_at'",
      'github GET /repos/{owner}/{repo}/actions/secrets/{secret_name} response 200: /created_at must match format "date-time"'
    ])
  })
})
