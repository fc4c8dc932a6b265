import { useId, type ReactNode } from 'react';

/** A modal panel over the list. */
export function Dialog({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const titleId = useId();
  return (
    <div className="backdrop">
      <section className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>{title}</h2>
        {children}
      </section>
    </div>
  );
}
