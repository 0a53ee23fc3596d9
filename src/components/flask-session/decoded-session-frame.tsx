import { useId, type ReactNode } from 'react';

export const DECODED_PLACEHOLDER = 'The decoded session appears here.';

/** The `Decoded session` region; the tool's first screen shows it empty before the codec has loaded. */
export function DecodedSessionFrame({ children }: { readonly children: ReactNode }) {
  const headingId = useId();
  return (
    <section role="region" aria-labelledby={headingId} className="flask-decoded">
      <h2 id={headingId}>Decoded session</h2>
      {children}
    </section>
  );
}
