import { useRef } from 'react';
import { newActionKey } from './action-key.js';

/**
 * The key of the action a dialog performs: the same while the user sends the same input again
 * (a retry after a failure), a new one once the input changed (another action).
 */
export function useActionKey(): (input: object) => string {
  const last = useRef<{ input: string; key: string } | null>(null);
  return (input) => {
    const serialized = JSON.stringify(input);
    if (last.current?.input !== serialized) last.current = { input: serialized, key: newActionKey() };
    return last.current.key;
  };
}
