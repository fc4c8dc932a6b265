/**
 * One key per user action (one create, one save, one rotation, one deletion), made when the action
 * starts and kept while the user retries that same action, so the gateway can tell a retry from a
 * second action.
 */
export function newActionKey(): string {
  return crypto.randomUUID();
}

/**
 * The mutation input an action sends. The key goes into the input's `idempotencyKey` field of
 * createOAuthApplication, updateOAuthApplication, rotateOAuthApplicationSecret and
 * deleteOAuthApplication; the schema this console is generated from does not have that field yet,
 * so the key is not sent.
 */
export function actionInput<Input extends object>(input: Input, _actionKey: string): Input {
  return input;
}

/**
 * The key for each send of one dialog's action: the same while the input is the same (a retry),
 * a new one once the input changed (another action).
 */
export function createActionKeys(makeKey: () => string = newActionKey): (input: object) => string {
  let last: { input: string; key: string } | null = null;
  return (input) => {
    const serialized = JSON.stringify(input);
    if (last?.input !== serialized) last = { input: serialized, key: makeKey() };
    return last.key;
  };
}
