import type { Lesson, Step } from '../../content/types.ts';
import { InlineText } from '../ui/inline-text.tsx';
import { BlockView } from './block-view.tsx';

/** A step's text: "you will learn" on the first step, the blocks, the recap on the last. */
export function StepContent({ lesson, step }: { readonly lesson: Lesson; readonly step: Step }) {
  const index = lesson.steps.indexOf(step);
  const isFirst = index === 0;
  const isLast = index === lesson.steps.length - 1;
  return (
    <>
      {isFirst ? (
        <section className="you-will-learn" aria-label="You will learn">
          <h2>You will learn</h2>
          <ul>
            {lesson.youWillLearn.map((item) => (
              <li key={item}>
                <InlineText text={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="step-title">{step.title}</h2>
      {step.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      {isLast ? (
        <section className="recap" aria-label="Recap">
          <h2>Recap</h2>
          <ul>
            {lesson.recap.map((item) => (
              <li key={item}>
                <InlineText text={item} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
