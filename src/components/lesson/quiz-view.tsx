import { useId, useState, type FormEvent } from 'react';
import type { QuizBlock } from '../../content/types.ts';
import { useQuizProgress } from '../../hooks/use-quiz-progress.ts';
import { InlineText } from '../ui/inline-text.tsx';

/** A check of understanding: pick an option, check it, get feedback and a way to verify it with the panels. */
export function QuizView({ quiz }: { readonly quiz: QuizBlock }) {
  const { answered, record } = useQuizProgress();
  const [choice, setChoice] = useState<string | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const [unpicked, setUnpicked] = useState(false);
  const name = useId();
  const correct = checked !== null && checked === quiz.answer;
  // Why the picked option is wrong: the learner learns from the mistake, not only that it was one.
  const whyWrong = checked !== null && !correct && Object.hasOwn(quiz.whyWrong, checked) ? (quiz.whyWrong[checked] ?? '') : '';

  const check = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    // Not disabled while nothing is picked: a press made before the page was interactive must still count (src/app/early-actions.ts).
    setUnpicked(choice === null);
    if (choice === null) return;
    setChecked(choice);
    if (choice === quiz.answer) record(quiz.id);
  };

  return (
    <form className="quiz" method="dialog" onSubmit={check}>
      <fieldset>
        <legend>
          <span className="quiz-label">Check your understanding{answered.has(quiz.id) ? ' (answered ✓)' : ''}:</span>{' '}
          <InlineText text={quiz.question} />
        </legend>
        {quiz.options.map((option) => (
          <label key={option} className="quiz-option">
            <input type="radio" name={name} value={option} checked={choice === option} onChange={() => {
                setChoice(option);
                setUnpicked(false);
              }} /> <InlineText text={option} />
          </label>
        ))}
      </fieldset>
      <button type="submit">Check answer</button>
      {unpicked ? (
        <p role="alert" className="panel-alert">
          Pick one of the answers first, then check it.
        </p>
      ) : null}
      <div role="status" className="quiz-feedback">
        {checked === null ? null : (
          <>
            <p className={correct ? 'quiz-correct' : 'quiz-wrong'}>
              <strong>{correct ? 'Correct.' : 'Not quite — try again.'}</strong> <InlineText text={correct ? quiz.explanation : whyWrong} />
            </p>
            <p>
              <strong>Verify it:</strong> <InlineText text={quiz.verify} />
            </p>
          </>
        )}
      </div>
    </form>
  );
}
