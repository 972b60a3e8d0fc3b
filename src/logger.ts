import { displayPath, printable } from './report/quote.js'
import { registerSecret, scrub } from './redact.js'

/** What the action and the CLI need to say things; injected so that commands never import @actions/core. */
export interface AnnotationProps {
  title?: string
  file?: string
  startLine?: number
  startColumn?: number
}

export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string, props?: AnnotationProps): void
  error(message: string, props?: AnnotationProps): void
  /** Masks a value in every later log line (the runner's `::add-mask::`). */
  setSecret(value: string): void
}

/**
 * The CLI's logger: plain lines on stderr (stdout is kept for the report), every secret it was told about
 * replaced by `***` as the runner would, anything key-shaped redacted, and each message one printable line
 * (stderr lands in the workflow log when the CLI runs in a `run:` step).
 */
export function consoleLogger(
  write: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  verbose = false
): Logger {
  const mask = (text: string): string => printable(scrub(text))
  const where = (props?: AnnotationProps): string =>
    props?.file ? `${displayPath(props.file)}${props.startLine ? `:${props.startLine}` : ''}: ` : ''
  return {
    info: (message) => write(mask(message)),
    debug: (message) => {
      if (verbose) write(mask(`debug: ${message}`))
    },
    warning: (message, props) => write(mask(`warning: ${where(props)}${message}`)),
    error: (message, props) => write(mask(`error: ${where(props)}${message}`)),
    setSecret: registerSecret
  }
}
