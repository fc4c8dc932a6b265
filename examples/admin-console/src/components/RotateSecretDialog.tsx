import { useState } from 'react';
import { useMutation } from 'urql';
import { actionInput } from '../action-key.js';
import type { ConsoleError } from '../console-error.js';
import { ConsoleRotateSecretDocument, type ConsoleApplicationFieldsFragment } from '../gql/graphql.js';
import { useActionKey } from '../use-action-key.js';
import { Dialog } from './Dialog.js';
import { ErrorNotice, TransportNotice } from './ErrorNotice.js';
import { SecretReveal } from './SecretReveal.js';

interface RotateSecretDialogProps {
  readonly application: ConsoleApplicationFieldsFragment;
  readonly onClose: () => void;
}

export function RotateSecretDialog({ application, onClose }: RotateSecretDialogProps) {
  const [failure, setFailure] = useState<ConsoleError | null>(null);
  const [transportError, setTransportError] = useState<string | null>(null);
  const [rotated, setRotated] = useState<{ clientSecret: string | null } | null>(null);
  const [{ fetching }, rotate] = useMutation(ConsoleRotateSecretDocument);
  const actionKeyFor = useActionKey();

  if (rotated) {
    return (
      <Dialog title={`New secret for “${application.name}”`}>
        <SecretReveal clientId={application.clientId} clientSecret={rotated.clientSecret} onDone={onClose} />
      </Dialog>
    );
  }

  const confirm = async () => {
    setFailure(null);
    setTransportError(null);
    const input = { id: application.id };
    const result = await rotate({ input: actionInput(input, actionKeyFor(input)) });
    setTransportError(result.error ? result.error.message : null);
    const answer = result.data?.rotateOAuthApplicationSecret;
    if (!answer) return;
    if (answer.__typename === 'RotateOAuthApplicationSecretPayload') setRotated({ clientSecret: answer.clientSecret });
    else setFailure(answer);
  };
  return (
    <Dialog title={`Rotate the secret of “${application.name}”?`}>
      <p>
        A new client secret is issued and the current one stops working at once: clients that use it fail until they are given the new
        one.
      </p>
      {failure && <ErrorNotice error={failure} action="rotate" />}
      {transportError && <TransportNotice message={transportError} />}
      <div className="actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={fetching} onClick={() => void confirm()}>
          {fetching ? 'Rotating…' : 'Rotate secret'}
        </button>
      </div>
    </Dialog>
  );
}
