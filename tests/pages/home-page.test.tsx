import { screen, within } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { paths } from '../../src/config/paths.ts';
import { lessonOutlines } from '../../src/content/outline.ts';
import { renderRoute, resetBrowserState } from '../test-utils.tsx';

beforeEach(() => resetBrowserState());

test('the home page lists every lesson as a link, in order', () => {
  renderRoute('/');
  expect(screen.getByRole('heading', { level: 1, name: 'How the web remembers things' })).toBeInTheDocument();
  const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
  const lessonRoutes = lessonOutlines.map((lesson) => paths.lesson(lesson.slug));
  for (const route of [...lessonRoutes, paths.compare(), paths.flaskTool()]) expect(links, route).toContain(route);
  const lessonLinks = links.filter((href) => href?.match(/^\/lessons\/[^/]+$/));
  const firstSeen = [...new Set(lessonLinks)];
  expect(firstSeen).toEqual(lessonRoutes);
  expect(lessonRoutes.length).toBeGreaterThanOrEqual(12);
});

test('learner can continue where they left off, and reset progress', async () => {
  localStorage.setItem('stl:progress', JSON.stringify({ visited: ['query-params/step-one'], last: '/lessons/query-params/step-one?fav-color=red' }));
  const { user } = renderRoute('/');
  const continueLink = screen.getByRole('link', { name: 'Continue where you left off' });
  expect(continueLink).toHaveAttribute('href', '/lessons/query-params/step-one?fav-color=red');
  const outline = screen.getByRole('link', { name: /Step one: pass it on/ }).closest('li');
  expect(within(outline as HTMLElement).getByText('(visited)')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Reset progress' }));
  expect(localStorage.getItem('stl:progress')).toBeNull();
  expect(screen.queryByRole('link', { name: 'Continue where you left off' })).not.toBeInTheDocument();
});

test('answered checks of understanding count toward progress on the home page', async () => {
  const { allQuizIds } = await import('../../src/content/outline.ts');
  const quizzes = allQuizIds();
  expect(quizzes.length).toBeGreaterThan(0);
  localStorage.setItem('stl:progress', JSON.stringify({ visited: ['local-storage/introduction'], last: '/lessons/local-storage', answered: [quizzes[0]] }));
  renderRoute('/');
  expect(screen.getByText(new RegExp(`answered 1 of ${quizzes.length} checks of understanding`))).toBeInTheDocument();
});
