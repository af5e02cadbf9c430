/** Bad input: the action fails at once with this one line, which names the input. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** The first line of an error's message (never a stack), for one-line failures. */
export function errorLine(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
