import { useState } from 'react';
import { createActionKeys } from './action-key.js';

/** The action keys of one dialog, kept for as long as the dialog is open. */
export function useActionKey(): (input: object) => string {
  const [actionKeyFor] = useState(() => createActionKeys());
  return actionKeyFor;
}
