// Checks every exchange against the official API descriptions, so the emulator cannot drift from the real APIs.
// The GitHub description is 13 MB: it is parsed once per process, on first use, and only the schemas of the
// operations actually exercised are compiled.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv'
import addFormatsModule from 'ajv-formats'
// The OpenAI description ships inside the emulator (the bundle inlines it); GitHub's comes from @octokit/openapi,
// a development dependency: the bundled emulator runs without contract checks (see serveForCli).
import openaiDescription from './openai-admin.openapi.json' with { type: 'json' }

export type Api = 'github' | 'openai'

export interface Exchange {
  api: Api
  method: string
  /** The path template as the description spells it, e.g. `/repos/{owner}/{repo}`. */
  template: string
  params: Record<string, string>
  query: URLSearchParams
  requestBody: unknown
  status: number
  responseBody: unknown
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

interface Description {
  id: string
  doc: JsonObject
  ajv: Ajv
  validators: Map<string, ValidateFunction>
}

const descriptions = new Map<Api, Description>()
const require = createRequire(import.meta.url)
// ajv-formats is CommonJS with a default export; NodeNext sees the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv

function source(api: Api): Json {
  if (api === 'openai') return openaiDescription as unknown as Json
  return JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')
  ) as Json
}

/**
 * OpenAPI 3.0's `nullable` is not JSON Schema, and ajv rejects it next to `allOf`/`$ref`: rewrite it as
 * `anyOf [schema, null]`. Also collects the formats in use so unknown ones can be accepted instead of failing.
 */
function normalize(node: Json, formats: Set<string>): Json {
  if (Array.isArray(node)) return node.map((item) => normalize(item, formats))
  if (node === null || typeof node !== 'object') return node
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) out[key] = normalize(value, formats)
  if (typeof out.format === 'string') formats.add(out.format)
  if (out.nullable === true) {
    delete out.nullable
    const enumValues = out.enum
    if (Array.isArray(enumValues) && !enumValues.includes(null)) out.enum = [...enumValues, null]
    return { anyOf: [out, { type: 'null' }] }
  }
  return out
}

function load(api: Api): Description {
  const cached = descriptions.get(api)
  if (cached) return cached
  const formats = new Set<string>()
  const doc = normalize(source(api), formats) as JsonObject
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false })
  addFormats(ajv)
  ajv.addFormat('unixtime', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= 0 })
  for (const format of formats) if (!ajv.formats[format]) ajv.addFormat(format, true)
  const id = `https://contract.local/${api}.json`
  ajv.addSchema({ ...doc, $id: id })
  const description = { id, doc, ajv, validators: new Map<string, ValidateFunction>() }
  descriptions.set(api, description)
  return description
}

function escapeSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'))
}

function child(node: Json | undefined, key: string): Json | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined
  return node[key]
}

/** Follows a local `$ref` (`#/components/…`), returning the node and its JSON pointer segments. */
function deref(
  d: Description,
  node: Json | undefined,
  at: string[]
): { node: Json | undefined; at: string[] } {
  const ref = child(node, '$ref')
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return { node, at }
  const segments = ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  let target: Json | undefined = d.doc
  for (const s of segments) target = child(target, s)
  return deref(d, target, segments)
}

function validator(d: Description, at: string[]): ValidateFunction {
  const key = at.join('\u0000')
  let validate = d.validators.get(key)
  if (!validate) {
    validate = d.ajv.compile({ $ref: `${d.id}#/${at.map(escapeSegment).join('/')}` })
    d.validators.set(key, validate)
  }
  return validate
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath ? `${e.instancePath} ` : ''
    const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : ''
    return `${where}${e.message ?? e.keyword}${extra}`
  })
}

function coerce(value: string, schema: Json | undefined): Json {
  const type = child(schema, 'type')
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

/**
 * GitHub documents `created` as a date-time, but it takes the search syntax (`>=2024-01-01T00:00:00Z`, `A..B`,
 * a bare date): its prose says so and the real API accepts it.
 */
const SEARCH_DATES =
  /^(?:>=|<=|>|<)?\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?(?:\.\.\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?)?$/

function checkParameters(
  d: Description,
  op: Json,
  opAt: string[],
  pathItemAt: string[],
  x: Exchange
): string[] {
  const problems: string[] = []
  const declared = new Map<string, { schemaAt: string[]; schema: Json | undefined; required: boolean }>()
  for (const listAt of [pathItemAt, opAt]) {
    let list: Json | undefined = d.doc
    for (const s of [...listAt, 'parameters']) list = child(list, s)
    if (!Array.isArray(list)) continue
    list.forEach((raw, i) => {
      const { node, at } = deref(d, raw, [...listAt, 'parameters', String(i)])
      const name = child(node, 'name')
      const where = child(node, 'in')
      if (typeof name !== 'string' || (where !== 'query' && where !== 'path')) return
      declared.set(`${where}:${name}`, {
        schemaAt: [...at, 'schema'],
        schema: child(node, 'schema'),
        required: child(node, 'required') === true
      })
    })
  }
  const seen = new Set<string>()
  const check = (where: 'query' | 'path', name: string, values: string[]): void => {
    seen.add(`${where}:${name}`)
    const param = declared.get(`${where}:${name}`)
    if (!param) return void problems.push(`${where}: unknown parameter '${name}'`)
    if (where === 'query' && name === 'created' && values.every((v) => SEARCH_DATES.test(v))) return
    const validate = validator(d, param.schemaAt)
    const items = child(param.schema, 'items')
    const candidates =
      child(param.schema, 'type') === 'array'
        ? [values.flatMap((v) => v.split(',')).map((v) => coerce(v, items))]
        : values.map((v) => coerce(v, param.schema))
    for (const candidate of candidates) {
      if (!validate(candidate)) {
        for (const m of describe(validate.errors)) problems.push(`${where} '${name}': ${m}`)
      }
    }
  }
  for (const [name, value] of Object.entries(x.params)) check('path', name, [value])
  // Arrays travel as repeated `name[]=` (openai-node's `brackets` format), or as one comma-separated value.
  const query = new Map<string, string[]>()
  for (const [raw, value] of x.query) {
    const name = raw.endsWith('[]') ? raw.slice(0, -2) : raw
    query.set(name, [...(query.get(name) ?? []), value])
  }
  for (const [name, values] of query) check('query', name, values)
  for (const [key, param] of declared) {
    if (param.required && !seen.has(key)) problems.push(`${key.replace(':', ': ')} is required`)
  }
  return problems.map((p) => `parameters ${p}`)
}

function checkRequestBody(d: Description, op: Json, opAt: string[], body: unknown): string[] {
  const { node, at } = deref(d, child(op, 'requestBody'), [...opAt, 'requestBody'])
  if (node === undefined) return body === undefined ? [] : ['request: no body is described']
  if (body === undefined) return child(node, 'required') === true ? ['request: body is required'] : []
  const schema = child(child(child(node, 'content'), 'application/json'), 'schema')
  if (schema === undefined) return []
  const validate = validator(d, [...at, 'content', 'application/json', 'schema'])
  return validate(body) ? [] : describe(validate.errors).map((m) => `request: ${m}`)
}

function checkResponse(d: Description, op: Json, opAt: string[], status: number, body: unknown): string[] {
  const { node, at } = deref(d, child(child(op, 'responses'), String(status)), [
    ...opAt,
    'responses',
    String(status)
  ])
  if (node === undefined) {
    // Error statuses are often undocumented (401, 403, 5xx); only a success the description lacks is drift.
    return status < 300 ? [`response: status ${status} is not described`] : []
  }
  const schema = child(child(child(node, 'content'), 'application/json'), 'schema')
  if (schema === undefined) return body === undefined ? [] : [`response ${status}: no body is described`]
  const validate = validator(d, [...at, 'content', 'application/json', 'schema'])
  return validate(body) ? [] : describe(validate.errors).map((m) => `response ${status}: ${m}`)
}

/** Problems with one exchange, as one-line strings naming the API, method and path template. */
export function checkExchange(x: Exchange): string[] {
  const d = load(x.api)
  const method = x.method.toLowerCase()
  const pathItemAt = ['paths', x.template]
  const opAt = [...pathItemAt, method]
  const op = child(child(child(d.doc, 'paths'), x.template), method)
  const label = `${x.api} ${x.method.toUpperCase()} ${x.template}`
  if (op === undefined) return [`${label}: no such operation in the description`]
  return [
    ...checkParameters(d, op, opAt, pathItemAt, x),
    ...checkRequestBody(d, op, opAt, x.requestBody),
    ...checkResponse(d, op, opAt, x.status, x.responseBody)
  ].map((problem) => `${label} ${problem}`)
}
