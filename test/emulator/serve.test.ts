import { describe, expect, it } from 'vitest'
import { serveForCli } from '../../src/emulator/index.js'
import { github, openaiAdmin, openaiWithKey } from './testing.js'

describe('openai-key-guard emulator (serveForCli)', () => {
  it('prints working environment lines and plants a live current key', async () => {
    const lines: string[] = []
    const emu = await serveForCli(0, (line) => lines.push(line))
    try {
      const env = Object.fromEntries(
        lines.flatMap((line) => {
          const m = /^export (\w+)=(.+)$/.exec(line)
          return m ? [[m[1], m[2]]] : []
        })
      )
      expect(env.OPENAI_BASE_URL).toBe(emu.openaiUrl)
      expect(env.GITHUB_API_URL).toBe(emu.githubUrl)
      expect(env.GITHUB_SERVER_URL).toBe(emu.serverUrl)
      expect(env.OPENAI_ADMIN_KEY).toBe(emu.adminKey)
      expect(env.GITHUB_TOKEN).toBe(emu.token)
      const project = await openaiAdmin(emu).admin.organization.projects.retrieve(env.OPENAI_PROJECT_ID ?? '')
      expect(project.id).toBe(emu.projectId)
      const current = emu.secret('OPENAI_API_KEY')
      expect(current && emu.isLive(current)).toBe(true)
      expect((await openaiWithKey(emu, current!).models.list()).data.length).toBeGreaterThan(0)
      expect((await github(emu).rest.repos.get({ owner: 'octo-org', repo: 'service' })).status).toBe(200)
    } finally {
      await emu.close()
    }
  })
})
