/**
 * Nothing the learner does before the page is interactive is lost.
 *
 * A prerendered page looks ready long before it is: first the whole app is still loading, then a
 * lazily loaded demo's code is. This module runs first (src/main.tsx imports it before anything
 * else) and, for controls React does not hold yet:
 * - keeps what was typed or ticked and, once React holds the control, hands it to React as a real
 *   change, so a controlled box is never emptied by hydration (React 19.3 keeps the DOM's value
 *   while hydrating but resets it on the next render: measured in tests/e2e/before-interactive);
 * - holds a pressed button or a submitted form (Save, Enter in a box) and performs it once React
 *   holds it, exactly once, announcing both in a status line;
 * - makes a link that declares `data-carry-query` carry those query params of this URL, and holds a
 *   click on a link that declares `data-needs-script` (its own code must run first) like a button.
 * It is one mechanism for every form: components need no code of their own for it. Before even this
 * module has arrived, a form that only scripts can carry out says `method="dialog"`, so pressing it
 * does nothing (no reload that would empty its boxes); GET forms that work without JavaScript
 * (the query-params colour form) stay real GET forms.
 * It imports nothing (the entry chunk must not share modules with the app).
 */

/** React keeps each element's props under this key once it holds the element (hydrated or rendered). */
const REACT_PROPS_PREFIX = '__reactProps$';

const isHeldByReact = (element: Element): boolean => Object.keys(element).some((key) => key.startsWith(REACT_PROPS_PREFIX));

/**
 * React answers this control now. Before the root has committed (`data-interactive`, set by
 * root-layout.tsx), React may have attached props to an element it has not committed yet, and an
 * event there could be dropped: until then nothing counts as live.
 */
const isLive = (element: Element): boolean => document.documentElement.hasAttribute('data-interactive') && isTakenOver(element);

/**
 * A part whose code loads only on use (`data-loads-on-use`: the compare page's form) shows boxes
 * React attaches the server HTML's props to while it hydrates them, before that code has committed;
 * the part says `data-live` once it has. Until then its boxes and buttons are not React's.
 */
const isTakenOver = (element: Element): boolean => isHeldByReact(element) && element.closest('[data-loads-on-use]:not([data-live])') === null;

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface FieldRecord {
  element: Field;
  readonly id: string;
  value: string;
  checked: boolean;
  liveFrames: number;
}

interface ActionRecord {
  readonly kind: 'submit' | 'click';
  element: HTMLElement;
  readonly submitter: HTMLElement | null;
  readonly label: string;
  liveFrames: number;
}

const fields = new Map<Field, FieldRecord>();
const actions: ActionRecord[] = [];
/** React commits a hydrated boundary a moment after it attaches props: wait this many frames. */
const SETTLE_FRAMES = 2;
let looping = false;
let status: HTMLElement | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * A part whose code loads only once it is used (lazyView's openWhenUsed, `data-open-on-use`) must
 * hear that something in it was kept, even before its own listeners exist.
 */
function markUsed(element: Element): void {
  const part = element.closest<HTMLElement & { stlUsed?: boolean }>('[data-open-on-use]');
  if (!part || part.stlUsed === true) return;
  part.stlUsed = true;
  part.dispatchEvent(new Event('stl:used'));
}

function inApp(target: EventTarget | null): target is Element {
  return target instanceof Element && target.closest('#root') !== null;
}

function isField(element: Element): element is Field {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

function remember(event: Event): void {
  const target = event.target;
  if (!inApp(target) || !isField(target)) return;
  if (isLive(target)) {
    // Edited after React took it over: React has the newest value, ours is stale. But a text box's
    // `change` as it loses focus edits nothing: what it kept still waits to be handed over.
    const kept = fields.get(target);
    if (event.type === 'input' || kept?.value !== target.value || kept.checked !== (target instanceof HTMLInputElement && target.checked)) fields.delete(target);
    return;
  }
  if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox')) {
    // A radio group changes together: the one now ticked is what counts.
    if (target.type === 'radio' && target.name) {
      for (const other of fields.keys()) if (other instanceof HTMLInputElement && other.type === 'radio' && other.name === target.name) fields.delete(other);
    }
  }
  const record = fields.get(target) ?? { element: target, id: target.id, value: '', checked: false, liveFrames: 0 };
  record.value = target.value;
  record.checked = target instanceof HTMLInputElement ? target.checked : false;
  fields.set(target, record);
  markUsed(target);
  loop();
}

function labelOf(element: HTMLElement | null): string {
  const text = (element?.getAttribute('aria-label') ?? element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A box inside `part` holds a kept value that React has not been handed yet. */
const keepsField = (part: Element): boolean => [...fields.values()].some((record) => part.contains(record.element));

function holdSubmit(event: Event): void {
  const form = event.target;
  // Live, but with a box whose kept value is not handed over yet (its code arrived as the learner
  // typed on): the submit waits for it, or it would send what React had before.
  if (!inApp(form) || !(form instanceof HTMLFormElement) || (isLive(form) && !keepsField(form))) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  const submitter = event instanceof SubmitEvent && event.submitter instanceof HTMLElement ? event.submitter : null;
  // Pressed twice before the page was ready: still performed once.
  if (actions.some((action) => action.element === form)) return;
  const label = labelOf(submitter) || labelOf(form.querySelector('button[type="submit"], button:not([type])')) || 'your form';
  actions.push({ kind: 'submit', element: form, submitter, label, liveFrames: 0 });
  markUsed(form);
  announce(`Kept: “${label}” happens as soon as the page is ready…`);
  loop();
}

function holdClick(event: MouseEvent): void {
  if (!inApp(event.target)) return;
  const link = event.target.closest('a[data-carry-query]');
  if (link instanceof HTMLAnchorElement && !isLive(link)) carryQuery(link);
  const button = event.target.closest('button, input[type="button"], input[type="submit"], input[type="reset"], a[data-needs-script]');
  if (!(button instanceof HTMLElement) || isLive(button)) return;
  // A submit button submits its form: that submit is held (above), with the button as submitter.
  const isSubmit = (button instanceof HTMLButtonElement || button instanceof HTMLInputElement) && button.type === 'submit' && button.form !== null;
  if (isSubmit) return;
  event.preventDefault();
  event.stopImmediatePropagation();
  if (actions.some((action) => action.element === button)) return;
  const label = labelOf(button) || 'that button';
  actions.push({ kind: 'click', element: button, submitter: null, label, liveFrames: 0 });
  markUsed(button);
  announce(`Kept: “${label}” happens as soon as the page is ready…`);
  loop();
}

/** Before the router owns a link, its prerendered href cannot know this URL's query: add what it declares it carries. */
function carryQuery(link: HTMLAnchorElement): void {
  const names = (link.dataset.carryQuery ?? '').split(/\s+/).filter(Boolean);
  const here = new URLSearchParams(window.location.search);
  const target = new URL(link.href, window.location.href);
  for (const name of names) {
    const value = here.get(name);
    if (value !== null && !target.searchParams.has(name)) target.searchParams.set(name, value);
  }
  link.href = target.href;
}

function announce(text: string): void {
  if (!status) {
    status = document.createElement('div');
    status.className = 'early-status';
    status.setAttribute('role', 'status');
    document.body.append(status);
  }
  clearTimeout(hideTimer);
  status.hidden = false;
  status.textContent = text;
}

function resolve<T extends Element>(element: T, id: string): T | null {
  if (element.isConnected) return element;
  // Replaced by React (a boundary rendered afresh): the same control keeps its id (useId).
  const again = id ? document.getElementById(id) : null;
  return again && again.tagName === element.tagName ? (again as unknown as T) : null;
}

/** Hands a kept value to React as the learner's own change (React compares with what it last saw). */
function replayField(record: FieldRecord): void {
  const element = record.element;
  if (element instanceof HTMLInputElement && element.type === 'file') {
    // The chosen files are still in the box (a script may not set them): React only needs to hear of them.
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
    if (element.type === 'radio' && !record.checked) return;
    // React's tracker sees the opposite first, then a real click sets what the learner chose.
    element.checked = !record.checked;
    element.click();
    return;
  }
  const prototype = Object.getPrototypeOf(element) as object;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (element instanceof HTMLSelectElement) {
    setValue?.call(element, record.value);
    element.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  // Through the element (React's tracker records a different value), then past it.
  element.value = `${record.value}\u0000`;
  setValue?.call(element, record.value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Until React has its value, the box shows what was typed: a render that resets it is undone before paint. */
function keepShown(record: FieldRecord): void {
  const element = record.element;
  if (element instanceof HTMLInputElement && element.type === 'file') return;
  if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
    if (element.checked !== record.checked) Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')?.set?.call(element, record.checked);
    return;
  }
  if (element.value !== record.value) Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element) as object, 'value')?.set?.call(element, record.value);
}

function step(): void {
  const ready = document.documentElement.hasAttribute('data-interactive');
  let replayed = false;
  for (const [key, record] of fields) {
    const element = resolve(record.element, record.id);
    if (!element) {
      fields.delete(key);
      continue;
    }
    record.element = element;
    keepShown(record);
    record.liveFrames = ready && isTakenOver(element) ? record.liveFrames + 1 : 0;
    if (record.liveFrames > SETTLE_FRAMES) {
      fields.delete(key);
      replayField(record);
      replayed = true;
    }
  }
  // A value handed over this frame is in the form's state once React has rendered it: a kept press
  // waits for the next frame, so the submit reads the boxes as the learner filled them.
  while (actions.length > 0 && !replayed) {
    const action = actions[0]!;
    const element = action.element.isConnected ? action.element : null;
    if (!element) {
      actions.shift();
      announce(`“${action.label}” could not be done: that part of the page changed. Please press it again.`);
      continue;
    }
    action.liveFrames = ready && isTakenOver(element) ? action.liveFrames + 1 : 0;
    if (action.liveFrames <= SETTLE_FRAMES || keepsField(element)) break;
    actions.shift();
    if (action.kind === 'submit' && element instanceof HTMLFormElement) {
      const submitter = action.submitter?.isConnected && element.contains(action.submitter) ? action.submitter : null;
      element.requestSubmit(submitter);
    } else {
      element.click();
    }
    announce(`Done: “${action.label}” happened now that the page is ready.`);
    hideTimer = setTimeout(() => {
      if (status) status.hidden = true;
    }, 8000);
  }
}

/** A control React never takes over (its code failed to load) is given up after this long. */
const GIVE_UP_MS = 120_000;

function loop(): void {
  if (looping) return;
  looping = true;
  const started = performance.now();
  const frame = (): void => {
    try {
      step();
    } catch (error) {
      // One control that cannot be replayed must not stop the others.
      console.warn('Could not carry out an early action', error);
    }
    if (performance.now() - started > GIVE_UP_MS) {
      fields.clear();
      if (actions.length > 0) announce('The page did not become ready in time: please press it again.');
      actions.length = 0;
    }
    if (fields.size > 0 || actions.length > 0) requestAnimationFrame(frame);
    else looping = false;
  };
  requestAnimationFrame(frame);
}

/** Starts listening (capture phase, before React's own listeners); idempotent. */
export function keepEarlyActions(): void {
  if (typeof document === 'undefined' || document.documentElement.hasAttribute('data-early-actions')) return;
  document.documentElement.setAttribute('data-early-actions', '');
  window.addEventListener('input', remember, true);
  window.addEventListener('change', remember, true);
  window.addEventListener('submit', holdSubmit, true);
  window.addEventListener('click', holdClick, true);
}
