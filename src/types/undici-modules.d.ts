/**
 * undici's Pool and request modules on their own (see src/clerk/transport.ts), typed as the package
 * index exports them. The index adds `request` to every dispatcher's prototype; on its own the
 * request function takes the dispatcher as `this`.
 */
declare module 'undici/lib/dispatcher/pool.js' {
  import type { Pool } from 'undici';

  const PoolClass: typeof Pool;
  export default PoolClass;
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';

  export default function request(this: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
}
