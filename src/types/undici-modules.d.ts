/** undici's Pool module on its own (see src/clerk/transport.ts), typed as the package index exports it. */
declare module 'undici/lib/dispatcher/pool.js' {
  import type { Pool } from 'undici';

  const PoolClass: typeof Pool;
  export default PoolClass;
}
