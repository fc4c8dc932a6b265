/**
 * One key per user action (one create, one save, one rotation, one deletion), made when the action
 * starts and kept while the user retries that same action, so the gateway can tell a retry from a
 * second action.
 */
export function newActionKey(): string {
  return crypto.randomUUID();
}

/**
 * The mutation input an action sends, with its key: a repeat of the same action (a retry after a
 * lost answer or an unknown outcome) gets the first answer instead of acting twice.
 */
export function actionInput<Input extends object>(input: Input, actionKey: string): Input & { idempotencyKey: string } {
  return { ...input, idempotencyKey: actionKey };
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
