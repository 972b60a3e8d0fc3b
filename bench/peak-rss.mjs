// Preloaded into the node processes the bench measures (`node --import`): reports the process's own peak RSS,
// apart from the git processes it runs, whose memory GNU time folds into its figure.
process.on('exit', () => process.stderr.write(`\npeak-rss-kib=${process.resourceUsage().maxRSS}\n`))
