/**
 * Sample applications for a seeded emulator, so that a fresh `npm start` has something to show.
 */
import type { ApplicationStore, CreateInput } from './store.js';

export const SEED_APPLICATIONS: readonly CreateInput[] = [
  {
    name: 'Acme Dashboard',
    redirect_uris: ['https://dashboard.example.com/oauth/callback'],
    scopes: 'profile email',
    consent_screen_enabled: true,
    pkce_required: false,
    public: false,
  },
  {
    name: 'Acme Mobile',
    redirect_uris: ['com.example.acme://oauth/callback'],
    scopes: 'openid profile email offline_access',
    consent_screen_enabled: true,
    pkce_required: true,
    public: true,
  },
  {
    name: 'Partner Analytics',
    redirect_uris: ['https://analytics.example.net/callback', 'http://localhost:3000/callback'],
    scopes: 'profile email public_metadata',
    consent_screen_enabled: false,
    pkce_required: false,
    public: false,
  },
];

export function seedStore(store: ApplicationStore): void {
  for (const app of SEED_APPLICATIONS) store.create({ ...app, redirect_uris: [...app.redirect_uris] });
}
