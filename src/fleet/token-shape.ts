/**
 * Any shape of a Mercado Pago access token (PREFIX-<app id>-<date>-<32 hex>-<user id>,
 * reference §1). The fleet refuses it in a targets file and scrubs it from what it writes, by
 * shape, so thousands of tokens cost one scan instead of one pass per token.
 */
export const TOKEN_SHAPE = /(?:APP_USR|TEST)-\d{6,}-\d{6}-[0-9a-f]{32}-\d+/gi;

/** Whether `text` holds a token-shaped string (TOKEN_SHAPE is global: its lastIndex is not used here). */
export function hasTokenShape(text: string): boolean {
  return text.search(TOKEN_SHAPE) >= 0;
}
