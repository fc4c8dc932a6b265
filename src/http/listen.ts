import type { Server } from 'node:http';
import { ConfigError } from '../config.js';

/**
 * Listens on PORT and HOST. The failures a setting causes become a ConfigError naming that setting
 * (node's own message, `listen EADDRINUSE: address already in use`, names neither).
 */
export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      const problem = listenProblem(error.code, port, host);
      reject(problem === undefined ? error : new ConfigError([problem]));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** The setting to blame for a failed listen, and what to do, or undefined when no setting is to blame. */
export function listenProblem(code: string | undefined, port: number, host: string): string | undefined {
  switch (code) {
    case 'EADDRINUSE':
      return `PORT: ${port} is already in use on ${host} (HOST); stop what listens there or choose another PORT`;
    case 'EACCES':
    case 'EPERM':
      return `PORT: this process may not listen on port ${port}; choose a PORT of 1024 or above`;
    case 'EADDRNOTAVAIL':
    case 'EAFNOSUPPORT':
      return `HOST: ${host} is not an address of this machine; use one of its addresses, 127.0.0.1 or 0.0.0.0`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `HOST: ${host} does not resolve to an address; give an IP address such as 127.0.0.1`;
    default:
      return undefined;
  }
}
