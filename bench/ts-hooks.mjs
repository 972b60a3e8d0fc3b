// Preloaded (`node --experimental-transform-types --import bench/ts-hooks.mjs`) by benches that drive the project's
// TypeScript directly (the emulator and the test helpers that build an organisation): the sources import each
// other as `./x.js`, as NodeNext wants, so that specifier resolves to the `./x.ts` beside it.
import { existsSync } from 'node:fs'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL)
      if (existsSync(fileURLToPath(ts))) return next(ts.href, context)
    }
    return next(specifier, context)
  }
})
