import { describe, expect, it } from 'vitest';
import { naturalName } from '@/lib/detect/natural-name';

describe('naturalName', () => {
  it.each([
    ['Lopez, Maria', 'Maria Lopez'],
    ['  Pavord,   Sue ', 'Sue Pavord'],
    ['van der Berg, Anna Maria', 'Anna Maria van der Berg'],
    ['Maria Lopez', 'Maria Lopez'],
    ['Maria Lopez, PhD', 'Maria Lopez, PhD'],
    ['Smith, Jr.', 'Smith, Jr.'],
    ['Budget, Q1 planning, team', 'Budget, Q1 planning, team'],
    ['Room 4, Floor 2', 'Room 4, Floor 2'],
  ])('%s → %s', (input, expected) => expect(naturalName(input)).toBe(expected));
});
