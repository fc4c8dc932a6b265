import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { ConsoleApplicationsDocument, type ConsoleApplicationFieldsFragment } from '../gql/graphql.js';
import { FIRST_PAGE, nextPage, ORDERINGS, PAGE_SIZES, pageIndex, previousPage, withFilters } from '../list-state.js';
import { ErrorNotice, TransportNotice } from './ErrorNotice.js';

export interface RowActions {
  readonly onEdit: (application: ConsoleApplicationFieldsFragment) => void;
  readonly onRotate: (application: ConsoleApplicationFieldsFragment) => void;
  readonly onDelete: (application: ConsoleApplicationFieldsFragment) => void;
}

interface ApplicationListProps extends RowActions {
  /** Changes when the page must be read again from the gateway (e.g. after an unknown outcome). */
  readonly refreshSignal: number;
}

export function ApplicationList({ refreshSignal, onEdit, onRotate, onDelete }: ApplicationListProps) {
  const [state, setState] = useState(FIRST_PAGE);
  const [searchText, setSearchText] = useState('');
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ConsoleApplicationsDocument,
    variables: {
      limit: state.pageSize,
      after: state.cursors[state.cursors.length - 1] ?? null,
      nameQuery: state.nameQuery === '' ? null : state.nameQuery,
      orderBy: ORDERINGS[state.ordering]?.orderBy ?? null,
    },
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  useEffect(() => {
    if (refreshSignal > 0) refresh();
    // Only a new signal refreshes; `refresh` is a new function on every render.
  }, [refreshSignal]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setState(withFilters(state, { nameQuery: searchText.trim() }));
  };
  const result = data?.oauthApplications;
  const connection = result?.__typename === 'OAuthApplicationConnection' ? result : null;
  const firstShown = pageIndex(state) * state.pageSize + 1;

  return (
    <section className="list" aria-busy={fetching}>
      <div className="toolbar">
        <form role="search" onSubmit={search}>
          <input
            type="search"
            aria-label="Search by name or client ID"
            placeholder="Search by name or client ID"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
          <button type="submit">Search</button>
        </form>
        <label>
          Order{' '}
          <select value={state.ordering} onChange={(event) => setState(withFilters(state, { ordering: event.target.value }))}>
            {Object.entries(ORDERINGS).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Per page{' '}
          <select value={state.pageSize} onChange={(event) => setState(withFilters(state, { pageSize: Number(event.target.value) }))}>
            {PAGE_SIZES.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={refresh}>
          Refresh
        </button>
      </div>

      {error && <TransportNotice message={error.message} onRetry={refresh} />}
      {result && result.__typename !== 'OAuthApplicationConnection' && <ErrorNotice error={result} action="list" onRetry={refresh} />}
      {connection && (
        <>
          <p className="summary" data-testid="list-summary">
            {connection.totalCount === 0
              ? state.nameQuery
                ? `No application matches “${state.nameQuery}”.`
                : 'No applications yet.'
              : connection.nodes.length === 0
                ? `No applications on this page (${connection.totalCount} in all).`
                : `${firstShown}–${firstShown + connection.nodes.length - 1} of ${connection.totalCount} application${connection.totalCount === 1 ? '' : 's'}`}
          </p>
          {connection.nodes.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Client ID</th>
                  <th>Type</th>
                  <th>Scopes</th>
                  <th>Created</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {connection.nodes.map((application) => (
                  <tr key={application.id} data-testid="application-row">
                    <td className="name">{application.name}</td>
                    <td>
                      <code>{application.clientId}</code>
                    </td>
                    <td>
                      {application.isPublic ? 'Public' : 'Confidential'}
                      {application.pkceRequired && ' · PKCE'}
                    </td>
                    <td>{application.scopes.join(' ')}</td>
                    <td>
                      <time dateTime={application.createdAt}>{new Date(application.createdAt).toLocaleString()}</time>
                    </td>
                    <td className="row-actions">
                      <button type="button" aria-label={`Edit ${application.name}`} onClick={() => onEdit(application)}>
                        Edit
                      </button>
                      <button type="button" aria-label={`Rotate the secret of ${application.name}`} onClick={() => onRotate(application)}>
                        Rotate secret
                      </button>
                      <button type="button" className="danger" aria-label={`Delete ${application.name}`} onClick={() => onDelete(application)}>
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav className="pager" aria-label="Pages">
            <button type="button" disabled={pageIndex(state) === 0} onClick={() => setState(previousPage(state))}>
              ← Previous
            </button>
            <span>Page {pageIndex(state) + 1}</span>
            <button
              type="button"
              disabled={!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
              onClick={() => connection.pageInfo.endCursor && setState(nextPage(state, connection.pageInfo.endCursor))}
            >
              Next →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
