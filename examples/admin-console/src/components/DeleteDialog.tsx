import { useState } from 'react';
import { useMutation } from 'urql';
import { actionInput } from '../action-key.js';
import type { ConsoleError } from '../console-error.js';
import { ConsoleDeleteApplicationDocument, type ConsoleApplicationFieldsFragment } from '../gql/graphql.js';
import { useActionKey } from '../use-action-key.js';
import { Dialog } from './Dialog.js';
import { ErrorNotice, TransportNotice } from './ErrorNotice.js';

interface DeleteDialogProps {
  readonly application: ConsoleApplicationFieldsFragment;
  readonly onDeleted: (name: string) => void;
  readonly onClose: () => void;
}

/** The delete answer holds no application, so the cached lists are named for urql to refetch. */
const REFETCH_LISTS = { additionalTypenames: ['OAuthApplication'] };

export function DeleteDialog({ application, onDeleted, onClose }: DeleteDialogProps) {
  const [failure, setFailure] = useState<ConsoleError | null>(null);
  const [transportError, setTransportError] = useState<string | null>(null);
  const [{ fetching }, remove] = useMutation(ConsoleDeleteApplicationDocument);
  const actionKeyFor = useActionKey();

  const confirm = async () => {
    setFailure(null);
    setTransportError(null);
    const input = { id: application.id };
    const result = await remove({ input: actionInput(input, actionKeyFor(input)) }, REFETCH_LISTS);
    setTransportError(result.error ? result.error.message : null);
    const answer = result.data?.deleteOAuthApplication;
    if (!answer) return;
    if (answer.__typename === 'DeleteOAuthApplicationPayload') onDeleted(application.name);
    else setFailure(answer);
  };
  return (
    <Dialog title={`Delete “${application.name}”?`}>
      <p>
        Clients using <code>{application.clientId}</code> stop working at once. This cannot be undone.
      </p>
      {failure && <ErrorNotice error={failure} action="delete" />}
      {transportError && <TransportNotice message={transportError} />}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={fetching} onClick={() => void confirm()}>
          {fetching ? 'Deleting…' : 'Delete application'}
        </button>
      </div>
    </Dialog>
  );
}
