import { useState } from 'react';
import type { PretendBrowser } from '../../stores/pretend-http/pretend-browser.ts';
import './pretend.css';

interface ConsoleLine {
  readonly id: number;
  readonly input: string;
  readonly output: string;
}

interface PretendConsoleProps {
  /** The page whose JavaScript runs the line, e.g. `https://www.rithmschool.com/`. */
  readonly pageUrl: string;
  readonly load: () => Promise<PretendBrowser>;
}

/** A one-button console on a pretend page: what `document.cookie` returns there (no HttpOnly cookies). */
export function PretendConsole({ pageUrl, load }: PretendConsoleProps) {
  const [lines, setLines] = useState<readonly ConsoleLine[]>([]);
  const run = async (): Promise<void> => {
    const browser = await load();
    const value = await browser.documentCookie(pageUrl);
    setLines((previous) => [...previous, { id: previous.length + 1, input: 'document.cookie', output: JSON.stringify(value) }]);
  };
  return (
    <section className="pretend-box" aria-label={`Pretend console on ${pageUrl}`}>
      <header className="pretend-box-header">
        <h3 className="pretend-box-title">
          Console on <code>{pageUrl}</code>
        </h3>
        <span className="badge badge-simulated">simulated</span>
      </header>
      <button type="button" onClick={() => void run().catch(() => undefined)}>
        Run document.cookie
      </button>
      {lines.length > 0 ? (
        <pre className="pretend-console-output" aria-live="polite">
          {lines.map((line) => `> ${line.input}\n← ${line.output}`).join('\n')}
        </pre>
      ) : null}
    </section>
  );
}
