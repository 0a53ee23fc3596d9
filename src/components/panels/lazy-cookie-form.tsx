import { lazy, memo, Suspense, useContext, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { UNSAFE_LocationContext as LocationContext } from 'react-router-dom';
import { createGate, OpenOnMount, openWhenUsed } from '../ui/lazy-view.tsx';
import type { CookieFormProps } from './cookie-form.tsx';

/*
 * The Cookies panel's add/edit form is in the prerendered page, so its code (the form, its
 * options, and the cookie rules a write needs) is not needed to show it: it loads when the learner
 * first uses the form (focus, a press, a key: openWhenUsed), when Edit is pressed in the list, or
 * when the form is rendered afresh (client navigation). What is typed or pressed before then is
 * kept and done once (src/app/early-actions.ts). The live list above it needs none of it.
 */
const gate = createGate();
// Prerendering (no DOM) waits for the form, so its HTML is in the page.
if (typeof document === 'undefined') gate.open();

/** Loads the form's code now (an Edit pressed in the list will fill it). */
export const loadCookieForm = (): void => gate.open();

const View = lazy(() =>
  gate.opened
    .then(() => import('./cookie-form.tsx'))
    .then(({ CookieForm }) => {
      function Arrived({ props, onLive }: { readonly props: CookieFormProps; readonly onLive: () => void }) {
        useEffect(onLive, [onLive]);
        return <CookieForm {...props} />;
      }
      return { default: Arrived };
    }),
);

const noSubscription = (): (() => void) => () => {};
/** True while React hydrates server HTML (it reads the server snapshot then), false on a render from scratch. */
const useIsHydrating = (): boolean => useSyncExternalStore(noSubscription, () => false, () => true);

export const LazyCookieForm = memo(function LazyCookieForm(props: CookieFormProps) {
  const part = useRef<HTMLDivElement>(null);
  // A navigation within the page re-renders under the router in a transition, which React cannot
  // finish while the form still shows its server HTML: a changed location loads it now.
  const locationKey = useContext(LocationContext)?.location.key;
  const firstKey = useRef(locationKey);
  if (locationKey !== firstKey.current) gate.open();
  // Until the code has taken over the server HTML, the form is given the props that HTML was made
  // from (an Edit pressed meanwhile would make React hydrate different content); then it follows.
  const [fromServerHtml] = useState(useIsHydrating());
  const [first] = useState(props);
  const [live, goLive] = useReducer(() => true, false);
  const shown = live || !fromServerHtml ? props : first;
  useEffect(() => (part.current ? openWhenUsed(part.current, gate.open) : undefined), []);
  // The form's own code has committed: early-actions may now hand it what was typed or pressed.
  useEffect(() => {
    if (live || !fromServerHtml) part.current?.setAttribute('data-live', '');
  }, [live, fromServerHtml]);
  const boundary = useMemo(
    () => (
      <Suspense
        fallback={
          <OpenOnMount open={gate.open}>
            <p className="muted">Loading the cookie form…</p>
          </OpenOnMount>
        }
      >
        <View props={shown} onLive={goLive} />
      </Suspense>
    ),
    [shown],
  );
  // data-loads-on-use: this part's code loads only when used (not when near the viewport); until it
  // says data-live, early-actions keeps what is typed or pressed in it (React may already hold the
  // server HTML's boxes while the form's code is still on its way).
  return (
    <div className="lazy-part" data-open-on-use="" data-loads-on-use="" ref={part}>
      {boundary}
    </div>
  );
});
