// The benches' word list: the same words every run, mulberry32(2026), 6–14 characters of [a-z0-9].
export function makeWords(count) {
  let state = 2026;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: count }, () => {
    let word = '';
    const length = 6 + Math.floor(next() * 9);
    for (let i = 0; i < length; i += 1) word += alphabet[Math.floor(next() * alphabet.length)];
    return word;
  });
}
