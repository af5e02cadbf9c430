/** Bad input: the action fails at once with this one line, which names the input. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
