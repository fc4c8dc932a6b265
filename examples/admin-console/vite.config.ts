import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

/**
 * The console calls `/graphql` on its own origin and these servers pass it to the gateway, so the
 * browser never makes a cross-origin request and the gateway needs no CORS rule for it.
 * GATEWAY_ORIGIN is where the gateway listens (serve.mjs sets it to the gateway it starts).
 */
const gatewayOrigin = process.env['GATEWAY_ORIGIN'] ?? 'http://127.0.0.1:4000';
const proxy: Record<string, ProxyOptions> = {
  '/graphql': {
    target: gatewayOrigin,
    changeOrigin: true,
    // The browser's request is same-origin; forwarded, its Origin would name another port than the
    // gateway's and read as cross-origin to a gateway that checks it.
    configure: (server) => server.on('proxyReq', (request) => request.removeHeader('origin')),
  },
};

export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', proxy },
  preview: { host: '127.0.0.1', proxy },
  build: { outDir: 'dist', sourcemap: true },
});
