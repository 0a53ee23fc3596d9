import { afterEach, expect, test, vi } from 'vitest';
import { afterFirstPaint } from '../../src/app/after-first-paint.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('starts in the task after the next animation frame, once', () => {
  vi.useFakeTimers();
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  const start = vi.fn();
  afterFirstPaint(start);
  expect(start).not.toHaveBeenCalled();
  frames.forEach((frame) => frame(0));
  expect(start).not.toHaveBeenCalled(); // the frame runs before its paint
  vi.advanceTimersByTime(0);
  expect(start).toHaveBeenCalledTimes(1);
  vi.advanceTimersByTime(1000);
  expect(start).toHaveBeenCalledTimes(1);
});

test('starts anyway when no frame comes', () => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', () => 0);
  const start = vi.fn();
  afterFirstPaint(start, { fallbackMs: 100 });
  vi.advanceTimersByTime(99);
  expect(start).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(start).toHaveBeenCalledTimes(1);
});

test('starts at once in a hidden tab, which paints no frames', () => {
  const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  const start = vi.fn();
  afterFirstPaint(start);
  expect(start).toHaveBeenCalledTimes(1);
  visibility.mockRestore();
});
