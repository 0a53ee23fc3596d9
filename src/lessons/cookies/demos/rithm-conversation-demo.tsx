import { useState } from 'react';
import type { Exchange } from '../../../stores/pretend-http/http-types.ts';
import { SITE_ORIGINS } from '../../../stores/pretend-http/site-origins.ts';
import { usePretendBrowser } from '../../../hooks/use-pretend-browser.ts';
import { PretendConversation } from '../../../components/pretend/pretend-conversation.tsx';
import { DemoFrame } from '../../../components/lesson/demos/demo-frame.tsx';

const WWW = SITE_ORIGINS.rithmWww;

interface Step {
  readonly label: string;
  readonly path: string;
  /** Images are loaded by the page, not navigated to. */
  readonly image: boolean;
}

const STEPS: readonly Step[] = [
  { label: 'Visit /upcoming-events', path: '/upcoming-events', image: false },
  { label: 'Visit /event-detail', path: '/event-detail', image: false },
  { label: 'Load /calendar.jpg (an image on that page)', path: '/calendar.jpg', image: true },
];

/** The lecture's "Cookies, A Conversation" on a pretend www.rithmschool.com. */
export function RithmConversationDemo() {
  const { load, status, failure } = usePretendBrowser();
  const [page, setPage] = useState<Exchange | null>(null);

  const send = async (step: Step): Promise<void> => {
    try {
      const browser = await load();
      const exchange = await browser.fetch(`${WWW}${step.path}`, step.image ? { from: WWW, navigation: false } : {});
      if (!step.image || page === null) setPage(exchange);
    } catch {
      // Reported through `failure`.
    }
  };

  return (
    <DemoFrame title="Cookies, a conversation with www.rithmschool.com" simulated>
      <div className="demo-row">
        {STEPS.map((step) => (
          <button key={step.path} type="button" onClick={() => void send(step)}>
            {step.label}
          </button>
        ))}
      </div>
      <PretendConversation failure={failure} page={page} loading={status === 'loading'} emptyText="Start with /upcoming-events." jarHighlight={['favorite_food']} />
    </DemoFrame>
  );
}
