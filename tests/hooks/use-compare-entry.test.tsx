import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useNavigate } from 'react-router-dom';
import { expect, test } from 'vitest';
import { useCompareEntry } from '../../src/hooks/use-compare-entry.ts';
import { paths } from '../../src/config/paths.ts';

const wrapper = ({ children }: { children: ReactNode }) => <MemoryRouter initialEntries={['/compare']}>{children}</MemoryRouter>;

test('the compare entry comes from the URL path and follows it', () => {
  const { result } = renderHook(() => ({ entry: useCompareEntry(), navigate: useNavigate() }), { wrapper });
  expect(result.current.entry).toBeNull();
  act(() => result.current.navigate(paths.compare({ name: 'color', value: 'sky blue/50%' })));
  expect(result.current.entry).toEqual({ name: 'color', value: 'sky blue/50%' });
  act(() => result.current.navigate('/compare/bad%20name/x'));
  expect(result.current.entry).toBeNull();
});
