import type { Block, LessonSlug } from '../../content/types.ts';
import { CodeBlock } from '../ui/code-block.tsx';
import { InlineText } from '../ui/inline-text.tsx';
import { Callout } from './callout.tsx';
import { DemoView } from './demos/demo-view.tsx';
import { lazyView } from '../ui/lazy-view.tsx';

// Only steps with a check of understanding load its code (a chunk of its own). Prerendering
// waits for it, so its HTML is in the page; hydration keeps that HTML until the code arrives.
const QuizView = lazyView(
  'QuizView',
  () => import('./quiz-view.tsx').then((m) => m.QuizView),
  <p className="muted">Loading the check of understanding…</p>,
);

/** One block of lesson content (`lesson`: whose demo table a demo block names). */
export function BlockView({ block, lesson }: { readonly block: Block; readonly lesson: LessonSlug }) {
  switch (block.kind) {
    case 'p':
      return (
        <p>
          <InlineText text={block.text} />
        </p>
      );
    case 'heading':
      return (
        <h3>
          <InlineText text={block.text} />
        </h3>
      );
    case 'list': {
      const items = block.items.map((item) => (
        <li key={item}>
          <InlineText text={item} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'code':
      return <CodeBlock code={block.code} language={block.language} caption={block.caption} />;
    case 'callout':
      return <Callout variant={block.variant} title={block.title} text={block.text} />;
    case 'table':
      return (
        <div className="table-scroll" tabIndex={0} role="group" aria-label={`${block.caption} (scrollable)`}>
          <table className="content-table">
            <caption>{block.caption}</caption>
            <thead>
              <tr>
                {block.head.map((cell, i) => (
                  <th scope="col" key={i}>
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) =>
                    c === 0 ? (
                      <th scope="row" key={c}>
                        <InlineText text={cell} />
                      </th>
                    ) : (
                      <td key={c}>
                        <InlineText text={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'demo':
      return <DemoView lesson={lesson} demo={block.demo} />;
    case 'quiz':
      return <QuizView quiz={block} />;
  }
}
