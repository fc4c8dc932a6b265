import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { actionInput } from '../action-key.js';
import { createInput, NEW_APPLICATION } from '../application-form.js';
import type { ConsoleError } from '../console-error.js';
import { sortFieldErrors } from '../field-errors.js';
import { ConsoleCreateApplicationDocument, type ConsoleApplicationFieldsFragment } from '../gql/graphql.js';
import { useActionKey } from '../use-action-key.js';
import { ApplicationForm } from './ApplicationForm.js';
import { Dialog } from './Dialog.js';
import { ErrorNotice, TransportNotice } from './ErrorNotice.js';
import { SecretReveal } from './SecretReveal.js';

interface Created {
  readonly application: ConsoleApplicationFieldsFragment;
  readonly clientSecret: string | null;
}

export function CreateDialog({ onClose }: { readonly onClose: () => void }) {
  const [values, setValues] = useState(NEW_APPLICATION);
  const [failure, setFailure] = useState<ConsoleError | null>(null);
  const [transportError, setTransportError] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [{ fetching }, create] = useMutation(ConsoleCreateApplicationDocument);
  const actionKeyFor = useActionKey();

  if (created) {
    return (
      <Dialog title={`“${created.application.name}” created`}>
        <SecretReveal clientId={created.application.clientId} clientSecret={created.clientSecret} onDone={onClose} />
      </Dialog>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setTransportError(null);
    const input = createInput(values);
    const result = await create({ input: actionInput(input, actionKeyFor(input)) });
    setTransportError(result.error ? result.error.message : null);
    const answer = result.data?.createOAuthApplication;
    if (!answer) return;
    if (answer.__typename === 'CreateOAuthApplicationPayload') {
      setCreated({ application: answer.oauthApplication, clientSecret: answer.clientSecret });
    } else {
      setFailure(answer);
    }
  };
  const fieldErrors = sortFieldErrors(failure);
  return (
    <Dialog title="New OAuth application">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ApplicationForm values={values} onChange={setValues} fieldErrors={fieldErrors.byField} disabled={fetching} />
        {failure && <ErrorNotice error={failure} action="create" otherFieldMessages={fieldErrors.other} />}
        {transportError && <TransportNotice message={transportError} />}
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={fetching}>
            {fetching ? 'Creating…' : 'Create application'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
