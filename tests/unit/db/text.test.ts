import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeWhole } from '../../../lib/db/text';

describe('tokenize', () => {
  it('folds piece by piece exactly like folding the whole text', () => {
    const samples = [
      'Élodie met Straße-Team in Zürich, café résumé naïve',
      'ΟΔΟΣ Σίσυφος ΣΑΣ σ\u00a0Σ Σ. ΌΣΟΣ',
      'ﬁnance ² x\u2003y\u3000z tab\there\nnew line İstanbul',
      'a\u0301 \u0301b e\u0308\u0323 ǅemal ß ẞ',
      '日本語 テキスト　全角 ｈｅｌｌｏ',
      `${'word '.repeat(10)}${'x'.repeat(60)} ${Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ')}`,
      '',
      '   ',
    ];
    for (const text of samples) {
      expect(tokenize(text)).toEqual(tokenizeWhole(text));
      expect(tokenize(text)).toEqual(tokenizeWhole(text)); // from the cache
    }
    expect(tokenize('Élodie, STRASSE!')).toEqual(['elodie', 'strasse']);
  });
});
