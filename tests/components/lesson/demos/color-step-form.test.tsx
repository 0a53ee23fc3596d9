import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { expect, test } from 'vitest';
import { ColorStepForm } from '../../../../src/components/lesson/demos/color-step-form.tsx';
import { checkPathColor } from '../../../../src/components/lesson/demos/color-input.ts';
import { requireStep } from '../../../../src/content/outline.ts';

function Address() {
  const { pathname, search } = useLocation();
  return <output aria-label="address">{`${pathname}${search}`}</output>;
}

function renderForm(form: ReactElement, at = '/start') {
  render(
    <MemoryRouter initialEntries={[at]}>
      <Routes>
        <Route path="*" element={form} />
      </Routes>
      <Address />
    </MemoryRouter>,
  );
  return userEvent.setup();
}

test('learner’s colour goes on to the next step in the query when the lesson keeps it there, and the form works as a plain GET form', async () => {
  const user = renderForm(
    <ColorStepForm title="query walk" to={requireStep('query-params', 'step-one')} carry={(color) => ({ search: `?fav-color=${color}` })} fieldName="fav-color" submitLabel="Go to step one" initialColor={null} />,
  );
  const frame = screen.getByRole('region', { name: 'query walk' });
  expect(frame.querySelector('form')).toHaveAttribute('action', '/lessons/query-params/step-one');
  expect(screen.getByRole('textbox', { name: 'Favorite color' })).toHaveAttribute('name', 'fav-color');
  await user.type(screen.getByRole('textbox', { name: 'Favorite color' }), 'teal');
  await user.click(screen.getByRole('button', { name: 'Go to step one' }));
  expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/lessons/query-params/step-one?fav-color=teal');
});

test('learner’s colour goes into the path when the lesson keeps it there; the form starts with the colour the URL carries and refuses one the lesson cannot use', async () => {
  const user = renderForm(
    <ColorStepForm
      title="path walk"
      to={requireStep('url-path', 'step-one')}
      carry={(color) => ({ pathValue: color })}
      action={{ pathValue: 'blue' }}
      check={checkPathColor}
      fieldName="color"
      submitLabel="Go to step one"
      initialColor="blue"
    />,
  );
  expect(screen.getByRole('region', { name: 'path walk' }).querySelector('form')).toHaveAttribute('action', '/lessons/url-path/fav-color/blue/step-one');
  const box = screen.getByRole('textbox', { name: 'Favorite color' });
  expect(box).toHaveValue('blue');
  await user.clear(box);
  await user.type(box, '..');
  await user.click(screen.getByRole('button', { name: 'Go to step one' }));
  expect(screen.getByRole('alert')).toHaveTextContent('cannot be a path segment');
  expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent(/^\/start$/);
  await user.clear(box);
  await user.type(box, 'a/b');
  await user.click(screen.getByRole('button', { name: 'Go to step one' }));
  expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent('/lessons/url-path/fav-color/a%2Fb/step-one');
});
