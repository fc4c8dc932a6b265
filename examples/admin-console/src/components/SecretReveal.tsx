import { useState } from 'react';

interface SecretRevealProps {
  readonly clientId: string;
  /** Null for public applications, which have none. */
  readonly clientSecret: string | null;
  readonly onDone: () => void;
}

/**
 * The client secret, shown once. It lives in this component's props only: never stored, never
 * logged, gone when the user clicks Done.
 */
export function SecretReveal({ clientId, clientSecret, onDone }: SecretRevealProps) {
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copySecret = async () => {
    if (clientSecret === null) return;
    try {
      await navigator.clipboard.writeText(clientSecret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <div className="secret">
      <dl>
        <dt>Client ID</dt>
        <dd>
          <code data-testid="client-id">{clientId}</code>
        </dd>
      </dl>
      {clientSecret === null ? (
        <p>This is a public application: it has no client secret and authenticates with PKCE.</p>
      ) : (
        <>
          <p className="notice notice-warning" role="note">
            Copy the client secret now. It will not be shown again: if you lose it, rotate the secret to get a new one.
          </p>
          <label htmlFor="client-secret">Client secret</label>
          <div className="secret-row">
            <input id="client-secret" readOnly value={clientSecret} spellCheck={false} autoComplete="off" onFocus={(event) => event.target.select()} />
            <button type="button" onClick={() => void copySecret()}>
              {copy === 'copied' ? 'Copied' : 'Copy'}
            </button>
          </div>
          {copy === 'failed' && <p className="field-error">Copying failed: select the secret and copy it by hand.</p>}
        </>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
