import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Many files spend their time waiting (emulated workflow runs, drain polls, git servers), not computing: three
    // forks overlap that waiting even on two cores (the default there is one). Measured: 520 s → 177 s.
    maxWorkers: 3,
    reporters: ['default']
  }
})
