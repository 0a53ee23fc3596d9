import { useCallback, useRef, useState, useSyncExternalStore } from 'react';
import type { FixationScenario } from '../stores/pretend-http/fixation-scenario.ts';
import { INITIAL_FIXATION, type FixationSnapshot } from '../stores/pretend-http/fixation-types.ts';

export interface SessionFixationHandle extends FixationSnapshot {
  /** True until the first action has loaded the scenario (tough-cookie, then sql.js). */
  readonly loading: boolean;
  readonly loadFailure: string | null;
  readonly setRotate: (rotate: boolean) => void;
  readonly attackerGetsId: () => void;
  readonly plantId: () => void;
  readonly youLogIn: (user: string) => void;
}

const initial = (): FixationSnapshot => INITIAL_FIXATION;
const subscribeNever = (): (() => void) => () => {};

/**
 * The session-fixation demo's two browsers and one server (src/stores/pretend-http/fixation-scenario.ts),
 * loaded with `import()` on the learner's first action, so no page loads tough-cookie or sql.js for it
 * up front. Before that, the snapshot is the scenario's first one.
 */
export function useSessionFixation(): SessionFixationHandle {
  const [scenario, setScenario] = useState<FixationScenario | null>(null);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const pending = useRef<Promise<FixationScenario> | null>(null);
  const subscribe = useCallback((listener: () => void) => (scenario ? scenario.subscribe(listener) : subscribeNever()), [scenario]);
  const getSnapshot = useCallback(() => (scenario ? scenario.getSnapshot() : INITIAL_FIXATION), [scenario]);
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, initial);
  // Chosen before the scenario loaded: applied as soon as it has.
  const [rotateBeforeLoad, setRotateBeforeLoad] = useState(INITIAL_FIXATION.rotate);

  const load = (): Promise<FixationScenario> => {
    if (pending.current === null) {
      setLoading(true);
      pending.current = import('../stores/pretend-http/fixation-scenario.ts').then(
        ({ createFixationScenario }) => {
          const created = createFixationScenario();
          created.setRotate(rotateBeforeLoad);
          setScenario(created);
          setLoading(false);
          return created;
        },
        (error: unknown) => {
          pending.current = null;
          setLoading(false);
          setLoadFailure(`The demo's pretend browsers could not be loaded (${error instanceof Error ? error.message : String(error)}). Check your connection and try again.`);
          throw error;
        },
      );
    }
    return pending.current;
  };
  const run = (action: (loaded: FixationScenario) => Promise<void> | void): void => {
    setLoadFailure(null);
    load().then(action, () => undefined);
  };

  return {
    ...snapshot,
    rotate: scenario ? snapshot.rotate : rotateBeforeLoad,
    loading,
    loadFailure,
    setRotate: (rotate) => {
      if (scenario) scenario.setRotate(rotate);
      else setRotateBeforeLoad(rotate);
    },
    attackerGetsId: () => run((loaded) => loaded.attackerGetsId()),
    plantId: () => run((loaded) => loaded.plantId()),
    youLogIn: (user) => run((loaded) => loaded.youLogIn(user)),
  };
}
