import type { StepOutline } from '../../content/types.ts';
import { StoragePanel } from '../panels/storage-panel.tsx';

/** The panels a step declares, beside the text on wide screens and below it on narrow ones. */
export function StepPanels({ step }: { readonly step: StepOutline }) {
  if (step.panels.length === 0) return null;
  return (
    <aside className="step-panels" aria-label="Live storage panels">
      {step.panels.map((id) => (
        <StoragePanel key={id} id={id} highlight={step.highlight?.[id]} />
      ))}
    </aside>
  );
}
