import { describe, expect, it } from 'vitest';
import { actionInput, createActionKeys } from '../../examples/admin-console/src/action-key.js';
import { changedFields, createInput, formFromApplication, NEW_APPLICATION } from '../../examples/admin-console/src/application-form.js';
import { formFieldOf, sortFieldErrors } from '../../examples/admin-console/src/field-errors.js';
import { FIRST_PAGE, nextPage, pageIndex, previousPage, withFilters } from '../../examples/admin-console/src/list-state.js';

/** The admin console's decisions that need no browser: what it sends and where it shows errors. */
const application = {
  id: 'oa_1',
  name: 'Acme',
  clientId: 'client',
  isPublic: false,
  pkceRequired: false,
  consentScreenEnabled: true,
  scopes: ['profile', 'email'],
  redirectUris: ['https://example.com/a', 'https://example.com/b'],
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('the edit form', () => {
  it('sends nothing when nothing changed, whatever the spacing', () => {
    const before = formFromApplication(application);
    expect(changedFields(before, { ...before, name: ' Acme ', scopes: 'profile   email', redirectUris: 'https://example.com/a\n\nhttps://example.com/b\n' })).toEqual({});
  });

  it('sends only the fields that changed', () => {
    const before = formFromApplication(application);
    expect(changedFields(before, { ...before, name: 'Acme 2', pkceRequired: true })).toEqual({ name: 'Acme 2', pkceRequired: true });
    expect(changedFields(before, { ...before, redirectUris: 'https://example.com/b' })).toEqual({ redirectUris: ['https://example.com/b'] });
  });
});

describe('the create form', () => {
  it('sends lists split the way the user typed them', () => {
    expect(createInput({ ...NEW_APPLICATION, name: ' New ', redirectUris: 'myapp://cb\n https://x.test/cb ', scopes: 'openid  profile' })).toEqual({
      name: 'New',
      redirectUris: ['myapp://cb', 'https://x.test/cb'],
      scopes: ['openid', 'profile'],
      isPublic: false,
      pkceRequired: false,
      consentScreenEnabled: true,
    });
  });
});

describe('field errors', () => {
  it('go to the input their path names', () => {
    expect(formFieldOf('input.redirectUris.0')).toBe('redirectUris');
    expect(formFieldOf('input.name')).toBe('name');
    expect(formFieldOf('input.id')).toBeNull();
    expect(formFieldOf(null)).toBeNull();
  });

  it('that no input shows are kept for the notice', () => {
    const sorted = sortFieldErrors({
      __typename: 'ValidationError',
      code: 'invalid_input',
      message: 'Invalid input',
      longMessage: null,
      traceId: null,
      fieldErrors: [
        { field: 'input.scopes.1', code: 'x', message: 'bad scope' },
        { field: 'input.id', code: 'x', message: 'bad id' },
        { field: null, code: 'x', message: 'something else' },
      ],
    });
    expect(sorted.byField).toEqual({ scopes: ['bad scope'] });
    expect(sorted.other).toEqual(['bad id', 'something else']);
  });
});

describe('paging by cursor', () => {
  it('goes forward by endCursor, back by popping it, and restarts on a new filter', () => {
    const second = nextPage(FIRST_PAGE, 'c1');
    const third = nextPage(second, 'c2');
    expect(third.cursors).toEqual([null, 'c1', 'c2']);
    expect(pageIndex(third)).toBe(2);
    expect(previousPage(third)).toEqual(second);
    expect(previousPage(FIRST_PAGE)).toBe(FIRST_PAGE);
    expect(withFilters(third, { nameQuery: 'acme' })).toEqual({ ...FIRST_PAGE, nameQuery: 'acme' });
  });
});

describe('action keys', () => {
  it('stay the same for a retry of the same input and change with the input', () => {
    let made = 0;
    const keyFor = createActionKeys(() => `key-${++made}`);
    expect(keyFor({ id: 'oa_1', name: 'a' })).toBe('key-1');
    expect(keyFor({ id: 'oa_1', name: 'a' })).toBe('key-1');
    expect(keyFor({ id: 'oa_1', name: 'b' })).toBe('key-2');
  });

  it('go into the input as idempotencyKey', () => {
    expect(actionInput({ id: 'oa_1' }, 'key-0001')).toEqual({ id: 'oa_1', idempotencyKey: 'key-0001' });
  });
});
