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
