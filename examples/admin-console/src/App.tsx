import { useState } from 'react';
import type { ConsoleApplicationFieldsFragment } from './gql/graphql.js';
import { ApplicationList } from './components/ApplicationList.js';
import { CreateDialog } from './components/CreateDialog.js';
import { DeleteDialog } from './components/DeleteDialog.js';
import { EditDialog } from './components/EditDialog.js';
import { RotateSecretDialog } from './components/RotateSecretDialog.js';

type OpenDialog =
  | { readonly kind: 'create' }
  | { readonly kind: 'edit' | 'rotate' | 'delete'; readonly application: ConsoleApplicationFieldsFragment }
  | null;

export function App() {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [refreshSignal, setRefreshSignal] = useState(0);
  // Closing a dialog reads the list again: whatever happened in it (even an unknown outcome) shows.
  const close = (message: string | null = null) => {
    setDialog(null);
    setStatus(message);
    setRefreshSignal((signal) => signal + 1);
  };
  return (
    <main>
      <header>
        <div>
          <h1>OAuth applications</h1>
          <p>Clients that use this Clerk instance to sign users in with OAuth 2.0 and OpenID Connect.</p>
        </div>
        <button type="button" className="primary" onClick={() => setDialog({ kind: 'create' })}>
          New application
        </button>
      </header>
      {status && (
        <p className="notice notice-success" role="status">
          {status}
        </p>
      )}
      <ApplicationList
        refreshSignal={refreshSignal}
        onEdit={(application) => setDialog({ kind: 'edit', application })}
        onRotate={(application) => setDialog({ kind: 'rotate', application })}
        onDelete={(application) => setDialog({ kind: 'delete', application })}
      />
      {dialog?.kind === 'create' && <CreateDialog onClose={() => close()} />}
      {dialog?.kind === 'edit' && (
        <EditDialog application={dialog.application} onSaved={(name) => close(`Saved “${name}”.`)} onClose={() => close()} />
      )}
      {dialog?.kind === 'rotate' && <RotateSecretDialog application={dialog.application} onClose={() => close()} />}
      {dialog?.kind === 'delete' && (
        <DeleteDialog application={dialog.application} onDeleted={(name) => close(`Deleted “${name}”.`)} onClose={() => close()} />
      )}
    </main>
  );
}
