/** Learner input → guesses: one per line, a trailing "\r" dropped, blanks skipped, duplicates once. */
export function parseWordList(text: string): string[] {
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    const word = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (word !== '') seen.add(word);
  }
  return [...seen];
}
