// Every context a key may sit in, as files: shared by the detector's table test and the git corpus test.
import type { Encoding } from '../../src/scan/types.js'

export interface Planted {
  /** The file content. */
  content: string | Buffer
  encoding: Encoding
  line: number
  column: number
}

/** Where `needle` starts in `text`: 1-based line, and column in characters. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const at = text.indexOf(needle)
  const before = text.slice(0, at)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 }
}

function plain(text: string, key: string): Planted {
  return { content: text, encoding: 'plain', ...positionOf(text, key) }
}

function utf16(text: string, bigEndian: boolean): Planted {
  const units = Buffer.from(text, 'utf16le')
  const body = bigEndian ? units.swap16() : units
  const bom = Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  return {
    content: Buffer.concat([bom, body]),
    encoding: bigEndian ? 'utf16be' : 'utf16le',
    line: 2,
    column: 16
  }
}

/** Base64 cut into lines of `width` characters, as `base64` (76), PEM (64) and MIME write it. */
export function wrapped(encoded: string, width: number, newline = '\n'): string {
  const lines: string[] = []
  for (let at = 0; at < encoded.length; at += width) lines.push(encoded.slice(at, at + width))
  return lines.join(newline)
}

const wrapBase64 = (content: string, width: number, newline: string): string =>
  wrapped(Buffer.from(content).toString('base64'), width, newline)

/** An env file whose key sits past the first line of its base64, so the wrap cuts through the encoded key. */
const ENV_FILE = (k: string): string => `# settings for the staging deployment\nOPENAI_API_KEY=${k}\n`

const MINIFIED_HALF = 'var a=1;'.repeat(64 * 1024) // 512 KiB on each side: a 1 MB line

export const CONTEXTS: Record<string, (key: string) => Planted> = {
  'double quotes': (k) => plain(`const apiKey = "${k}"\n`, k),
  'single quotes': (k) => plain(`api_key = '${k}'\n`, k),
  'followed by a comma': (k) => plain(`keys = [${k}, other]\n`, k),
  'in parentheses': (k) => plain(`client = OpenAI(${k})\n`, k),
  'followed by a semicolon': (k) => plain(`let key=${k};\n`, k),
  'in a URL query': (k) => plain(`curl "https://example.com/v1/models?key=${k}&x=1"\n`, k),
  backticks: (k) => plain(`Use \`${k}\` to call the API.\n`, k),
  'notebook JSON escaped quotes': (k) =>
    plain(`{\n "cells": [{\n  "source": ["openai.api_key = \\"${k}\\"\\n"]\n }]\n}\n`, k),
  'YAML value': (k) => plain(`env:\n  key: ${k}\n`, k),
  'TOML string': (k) => plain(`[openai]\nkey = "${k}"\n`, k),
  'shell export': (k) => plain(`#!/bin/sh\nexport K=${k}\n`, k),
  'CRLF line endings': (k) => ({
    ...plain(`# env\r\nOPENAI_API_KEY=${k}\r\nDEBUG=1\r\n`, k),
    line: 2,
    column: 16
  }),
  'start of file, no newline at all': (k) => ({ ...plain(k, k), line: 1, column: 1 }),
  'end of file without newline': (k) => plain(`a\nb\nOPENAI_API_KEY=${k}`, k),
  'a 1 MB minified line': (k) => ({
    ...plain(`${MINIFIED_HALF}k="${k}";${MINIFIED_HALF}`, k),
    line: 1,
    column: MINIFIED_HALF.length + 4
  }),
  'base64 in a Kubernetes Secret': (k) => ({
    content: [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: openai',
      'type: Opaque',
      'data:',
      `  OPENAI_API_KEY: ${Buffer.from(k).toString('base64')}`,
      ''
    ].join('\n'),
    encoding: 'base64',
    line: 7,
    column: 19
  }),
  'URL-encoded query (%3D … %26)': (k) =>
    plain(`GET /oauth/callback?state=next%3D%2Fapp%26api_key%3D${k}%26mode%3D1 HTTP/1.1\n`, k),
  'URL-encoded JSON (%22 … %22)': (k) => plain(`payload=%7B%22openai_key%22%3A%22${k}%22%7D\n`, k),
  'URL-encoded after a colon (%3A)': (k) => plain(`redirect=https://x.test/?auth=Bearer%3A${k}\n`, k),
  'URL-encoded twice (%253D)': (k) =>
    plain(
      `127.0.0.1 - - "GET /go?to=https%253A%252F%252Fx.test%252F%253Fkey%253D${k}%2526a HTTP/1.1" 302\n`,
      k
    ),
  'base64 wrapped at 76 columns (the base64 command)': (k) => ({
    content: `${wrapBase64(ENV_FILE(k), 76, '\n')}\n`,
    encoding: 'base64',
    line: 1,
    column: 1
  }),
  'base64 wrapped at 64 columns with CRLF (PEM style)': (k) => ({
    content: `-----BEGIN OPENAI KEY-----\r\n${wrapBase64(ENV_FILE(k), 64, '\r\n')}\r\n-----END OPENAI KEY-----\r\n`,
    encoding: 'base64',
    line: 2,
    column: 1
  }),
  'UTF-16LE with BOM': (k) => utf16(`# config\r\nOPENAI_API_KEY=${k}\r\n`, false),
  'UTF-16BE with BOM': (k) => utf16(`# config\r\nOPENAI_API_KEY=${k}\r\n`, true)
}
