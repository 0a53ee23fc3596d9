import { memo, Suspense, use, useEffect, useMemo, useReducer, useRef, useState, type ComponentType } from 'react';
import type { CompareEntry } from '../../config/paths.ts';
import { createGate, OpenOnMount, openWhenUsed } from '../ui/lazy-view.tsx';

type FormProps = { readonly current: CompareEntry | null; readonly beforeNavigate: () => void };

/**
 * The "Write everywhere" form is in the prerendered page, readable and ready to type into, so its
 * code is not needed to show it: it loads when the learner first uses the form (focus, a press, a
 * key in it; src/app/early-actions.ts keeps what was typed or pressed before and hands it over once
 * the form's code has committed), or with the page when the page is rendered afresh
 * (loadWriteEverywhereForm: a client navigation, or a shared /compare/<name>/<value> link). Until
 * then React keeps the form's server HTML exactly as it is.
 */
const gate = createGate();
// Prerendering (no DOM) waits for the form, so its HTML is in the page.
if (typeof document === 'undefined') gate.open();
let Loaded: ComponentType<FormProps> | undefined;
let loading: Promise<void> | undefined;
const loadForm = (): Promise<void> =>
  (loading ??= gate.opened
    .then(() => import('./write-everywhere-form.tsx'))
    .then((m) => {
      Loaded = m.WriteEverywhereForm;
    }));

/** Loads the form's code now: the page is about to be rendered afresh, with nothing to hydrate. */
export function loadWriteEverywhereForm(): Promise<void> {
  gate.open();
  return loadForm();
}

/** The form for one pair: a new form (boxes back to the URL's pair) for each pair's URL. */
function Arrived({ props, onLive }: { readonly props: FormProps; readonly onLive: () => void }) {
  useEffect(onLive, [onLive]);
  const Form = Loaded!;
  return <Form key={props.current === null ? '' : `${props.current.name}\u0000${props.current.value}`} {...props} />;
}

/** Waits for the code; always calls `use`, as React requires of a component that suspended. */
function Waiting(props: { readonly props: FormProps; readonly onLive: () => void }) {
  use(loadForm());
  return <Arrived {...props} />;
}

/** Once the code is in (a page rendered afresh, the next pair's form), rendered at once. */
const View = (props: { readonly props: FormProps; readonly onLive: () => void }) => (Loaded ? <Arrived {...props} /> : <Waiting {...props} />);

export const LazyWriteEverywhereForm = memo(function LazyWriteEverywhereForm(props: FormProps) {
  const part = useRef<HTMLDivElement>(null);
  // Until the code has taken over the server HTML, the form is shown with the props that HTML was
  // rendered from: new props then (another pair's URL: back, forward) would make React hydrate
  // different content or wait for the code before committing the whole navigation. So new props
  // load the code now (as lazyView does for a changed location); once live, the form follows them.
  const [first] = useState(props);
  const [live, goLive] = useReducer(() => true, false);
  if (!live && props !== first) gate.open();
  const shown = live ? props : first;
  useEffect(() => (part.current ? openWhenUsed(part.current, gate.open) : undefined), []);
  // The same element while the props shown stay the same: the boundary is not updated at all.
  const boundary = useMemo(
    () => (
      <Suspense fallback={<OpenOnMount open={gate.open}>{null}</OpenOnMount>}>
        <View props={shown} onLive={goLive} />
      </Suspense>
    ),
    [shown],
  );
  // data-loads-on-use: early-actions counts the boxes as React's only once the part says data-live
  // (its code has committed), not as soon as React has attached the server HTML's props to them.
  return (
    <div className="lazy-part" data-open-on-use="" data-loads-on-use="" data-live={live ? '' : undefined} ref={part}>
      {boundary}
    </div>
  );
});
