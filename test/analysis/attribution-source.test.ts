import { describe, expect, test } from 'vitest';
import { displayName, startNameMemo } from '../../src/analysis/attribution-source';

describe('displayName', () => {
  test('a name never runs across a paragraph break: the heading before it goes', () => {
    startNameMemo();
    expect(displayName('Background\n\nGreenpeace')).toBe('Greenpeace');
    expect(displayName('Greenpeace\n\n')).toBe('Greenpeace\n\n');
  });
});
