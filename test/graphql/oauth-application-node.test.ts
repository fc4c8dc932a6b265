import { describe, expect, it } from 'vitest';
import { splitScopes } from '../../src/graphql/oauth-applications/oauth-application-node.js';

describe('splitScopes', () => {
  it("reads Clerk's space-separated scope string as a list, an empty string as none", () => {
    expect(splitScopes('')).toEqual([]);
    expect(splitScopes('profile email')).toEqual(['profile', 'email']);
    expect(splitScopes(' profile  email ')).toEqual(['profile', 'email']);
  });
});
