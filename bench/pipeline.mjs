// The git commands the history scan streams blobs from (src/scan/sources/history.ts), as one shell pipeline.
export const PIPELINE =
  'git rev-list --objects --all --missing=print --filter=object:type=blob | ' +
  "git cat-file '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)' --buffer"
