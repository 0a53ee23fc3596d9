import type { CalloutVariant } from '../../content/types.ts';
import { InlineText } from '../ui/inline-text.tsx';

const variants: Record<CalloutVariant, { label: string; icon: string }> = {
  note: { label: 'Note', icon: 'ℹ' },
  pitfall: { label: 'Pitfall', icon: '⚠' },
  'try-it': { label: 'Try it', icon: '▶' },
  'coming-next': { label: 'Coming next', icon: '◔' },
};

export function Callout({ variant, title, text }: { readonly variant: CalloutVariant; readonly title?: string | undefined; readonly text: string }) {
  const { label, icon } = variants[variant];
  return (
    <aside className={`callout callout-${variant}`} aria-label={title ?? label}>
      <p className="callout-title">
        <span aria-hidden="true">{icon}</span> {title ?? label}
      </p>
      <p>
        <InlineText text={text} />
      </p>
    </aside>
  );
}
