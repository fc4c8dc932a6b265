import type { ReactNode } from 'react';
import type { FormValues } from '../application-form.js';
import type { FormField, SortedFieldErrors } from '../field-errors.js';

interface ApplicationFormProps {
  readonly values: FormValues;
  readonly onChange: (values: FormValues) => void;
  readonly fieldErrors: SortedFieldErrors['byField'];
  readonly disabled: boolean;
}

/** The fields of an application, each with the ValidationError messages that concern it. */
export function ApplicationForm({ values, onChange, fieldErrors, disabled }: ApplicationFormProps) {
  const set = <Key extends keyof FormValues>(key: Key, value: FormValues[Key]) => onChange({ ...values, [key]: value });
  const field = (name: FormField, label: string, input: ReactNode, hint?: string) => {
    const messages = fieldErrors[name];
    return (
      <div className={`field${messages ? ' invalid' : ''}`}>
        <label htmlFor={name}>{label}</label>
        {input}
        {hint && <small>{hint}</small>}
        {messages && (
          <p className="field-error" id={`${name}-error`}>
            {messages.join(' ')}
          </p>
        )}
      </div>
    );
  };
  const described = (name: FormField) => (fieldErrors[name] ? { 'aria-invalid': true, 'aria-describedby': `${name}-error` } : {});
  const toggle = (name: 'isPublic' | 'pkceRequired' | 'consentScreenEnabled', label: string) =>
    field(
      name,
      label,
      <input id={name} type="checkbox" role="switch" checked={values[name]} disabled={disabled} onChange={(event) => set(name, event.target.checked)} {...described(name)} />,
    );
  return (
    <fieldset disabled={disabled}>
      {field('name', 'Name', <input id="name" value={values.name} onChange={(event) => set('name', event.target.value)} {...described('name')} />)}
      {field(
        'redirectUris',
        'Redirect URIs',
        <textarea id="redirectUris" rows={3} value={values.redirectUris} onChange={(event) => set('redirectUris', event.target.value)} {...described('redirectUris')} />,
        'One per line, e.g. https://example.com/oauth/callback or myapp://callback',
      )}
      {field('scopes', 'Scopes', <input id="scopes" value={values.scopes} onChange={(event) => set('scopes', event.target.value)} {...described('scopes')} />, 'Separated by spaces')}
      <div className="switches">
        {toggle('isPublic', 'Public client (no secret)')}
        {toggle('pkceRequired', 'Require PKCE')}
        {toggle('consentScreenEnabled', 'Show consent screen')}
      </div>
    </fieldset>
  );
}
