import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { actionInput } from '../action-key.js';
import { changedFields, formFromApplication } from '../application-form.js';
import type { ConsoleError } from '../console-error.js';
import { sortFieldErrors } from '../field-errors.js';
import { ConsoleUpdateApplicationDocument, type ConsoleApplicationFieldsFragment } from '../gql/graphql.js';
import { useActionKey } from '../use-action-key.js';
import { ApplicationForm } from './ApplicationForm.js';
import { Dialog } from './Dialog.js';
import { ErrorNotice, TransportNotice } from './ErrorNotice.js';

interface EditDialogProps {
  readonly application: ConsoleApplicationFieldsFragment;
  readonly onSaved: (name: string) => void;
  readonly onClose: () => void;
}

export function EditDialog({ application, onSaved, onClose }: EditDialogProps) {
  const [initial] = useState(() => formFromApplication(application));
  const [values, setValues] = useState(initial);
  const [failure, setFailure] = useState<ConsoleError | null>(null);
  const [transportError, setTransportError] = useState<string | null>(null);
  const [{ fetching }, update] = useMutation(ConsoleUpdateApplicationDocument);
  const actionKeyFor = useActionKey();
  const changes = changedFields(initial, values);
  const unchanged = Object.keys(changes).length === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setTransportError(null);
    const input = { id: application.id, ...changes };
    const result = await update({ input: actionInput(input, actionKeyFor(input)) });
    setTransportError(result.error ? result.error.message : null);
    const answer = result.data?.updateOAuthApplication;
    if (!answer) return;
    if (answer.__typename === 'UpdateOAuthApplicationPayload') onSaved(answer.oauthApplication.name);
    else setFailure(answer);
  };
  const fieldErrors = sortFieldErrors(failure);
  return (
    <Dialog title={`Edit “${application.name}”`}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ApplicationForm values={values} onChange={setValues} fieldErrors={fieldErrors.byField} disabled={fetching} />
        {failure && <ErrorNotice error={failure} action="update" otherFieldMessages={fieldErrors.other} />}
        {transportError && <TransportNotice message={transportError} />}
        <div className="actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={fetching || unchanged}>
            {fetching ? 'Saving…' : 'Save changes'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
