import { useSyncExternalStore } from 'react';
import { serviceWorkerUpdates } from '../../stores/service-worker.ts';

/** "A new version is ready": shown when an updated course has been downloaded in the background. */
export function UpdatePrompt() {
  const state = useSyncExternalStore(serviceWorkerUpdates.subscribe, serviceWorkerUpdates.getSnapshot, serviceWorkerUpdates.getServerSnapshot);
  if (state !== 'waiting') return null;
  return (
    <p role="status" className="update-prompt">
      A new version of the course is ready.{' '}
      <button type="button" onClick={serviceWorkerUpdates.applyUpdate}>
        Reload to update
      </button>
    </p>
  );
}
