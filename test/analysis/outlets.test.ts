import { describe, expect, test } from 'vitest';
import { isOwnOutlet } from '../../src/analysis/outlets';

describe('isOwnOutlet', () => {
  test.each([
    ['NBC News', 'NBC News'],
    ['NBC News', 'www.nbcnews.com'],
    ['ABC News', 'abcnews.go.com'],
    ['the Guardian', 'The Guardian'],
    ['Guardian', 'www.theguardian.com'],
    ['The Times', 'Los Angeles Times'],
    ['The Times', 'www.latimes.com'],
    ['the Post', 'The Washington Post'],
    ['BBC News', 'news.bbc.co.uk'],
    ['CNN', 'edition.cnn.com'],
    ['Bloomberg News', 'Bloomberg.com'],
    ['Bloomberg', 'Bloomberg.com/politics'],
  ])('%s is the outlet publishing on %s', (name, site) => {
    expect(isOwnOutlet(name, site)).toBe(true);
  });

  test.each([
    ['Reuters', 'NBC News'],
    ['The New York Times', 'Los Angeles Times'],
    ['Times', 'Los Angeles Times'],
    ['Fox News', 'www.nbcnews.com'],
    ['The Guardian', ''],
    ['The Guardian', undefined],
    ['NBC News', 'news.example.org'],
  ])('%s is not the outlet publishing on %s', (name, site) => {
    expect(isOwnOutlet(name, site)).toBe(false);
  });
});
