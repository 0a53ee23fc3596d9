import { useCallback } from 'react';
import { appKeys } from '../stores/app-keys.ts';
import { webStorageStore } from '../stores/browser-stores.ts';
import { answeredQuizzes, parseProgress, recordAnswer } from '../stores/progress.ts';
import { useStorageItem } from './use-web-storage.ts';

/** Which checks of understanding the learner has answered (live from localStorage), and a way to record one. */
export function useQuizProgress(): { answered: ReadonlySet<string>; record: (quizId: string) => void } {
  const raw = useStorageItem('localStorage', appKeys.progress);
  const answered = answeredQuizzes(parseProgress(raw));
  const record = useCallback((quizId: string) => {
    const store = webStorageStore('localStorage');
    const snapshot = store.getSnapshot();
    const currentRaw = snapshot.status === 'ok' ? (snapshot.entries.find((e) => e.key === appKeys.progress)?.value ?? null) : null;
    recordAnswer(store, currentRaw, quizId);
  }, []);
  return { answered, record };
}
