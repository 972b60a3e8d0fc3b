// The git commands the history scan streams blobs from (src/scan/sources/history.ts), as one shell pipeline
// with a single cat-file (the scan deals the ids out to two).
export const PIPELINE =
  'git rev-list --objects --all --missing=print --filter=object:type=blob | ' +
  "git cat-file '--batch=%(objectname) %(objecttype) %(objectsize) %(rest)' --buffer"
