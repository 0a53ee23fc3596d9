import { useCallback } from 'react';
import { webStorageStore } from '../stores/browser-stores.ts';
import { answeredQuizzes, recordAnswer } from '../stores/progress.ts';
import { useProgress } from './use-progress.ts';

/** Which checks of understanding the learner has answered (live from localStorage), and a way to record one. */
export function useQuizProgress(): { answered: ReadonlySet<string>; record: (quizId: string) => void } {
  const { progress } = useProgress();
  const record = useCallback((quizId: string) => recordAnswer(webStorageStore('localStorage'), quizId), []);
  return { answered: answeredQuizzes(progress), record };
}
