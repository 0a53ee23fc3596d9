import type { Lesson, Step } from '../../content/types.ts';
import { InlineText } from '../ui/inline-text.tsx';
import { BlockView } from './block-view.tsx';

function BulletSection({ title, className, items }: { readonly title: string; readonly className: string; readonly items: readonly string[] }) {
  return (
    <section className={className} aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item}>
            <InlineText text={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A step's text: the lesson's summary and "you will learn" on the first step, the blocks, the recap
 * on the last. (The summary is part of the text, not of the course outline every page loads.)
 */
export function StepContent({ lesson, step }: { readonly lesson: Lesson; readonly step: Step }) {
  const index = lesson.steps.indexOf(step);
  return (
    <>
      {index === 0 ? <p className="lesson-summary">{lesson.summary}</p> : null}
      {index === 0 ? <BulletSection title="You will learn" className="you-will-learn" items={lesson.youWillLearn} /> : null}
      <h2 className="step-title">{step.title}</h2>
      {step.blocks.map((block, i) => (
        <BlockView key={i} block={block} lesson={lesson.slug} />
      ))}
      {index === lesson.steps.length - 1 ? <BulletSection title="Recap" className="recap" items={lesson.recap} /> : null}
    </>
  );
}
