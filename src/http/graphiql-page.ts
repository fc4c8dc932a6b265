import { renderGraphiQL as renderBundledGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

/**
 * GraphiQL with its JS, CSS and editor workers inlined from the installed package: the page loads
 * nothing from a CDN, so it works offline and runs no third-party script next to client secrets.
 * GraphiQL 5 leaves stale drag transforms on its tabs (hidden until a tab has focus), so the first
 * click on a tab moved it away from the pointer and was lost; tabs are pinned in place.
 * The package is large, so it is imported only when GraphiQL is served.
 */
const PIN_GRAPHIQL_TABS = '<style>.graphiql-tab{transform:none!important}</style>';

export function renderGraphiQL(options?: GraphiQLOptions): string {
  return renderBundledGraphiQL(options).replace('</head>', `${PIN_GRAPHIQL_TABS}</head>`);
}
