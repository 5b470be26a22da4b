import { describe, expect, it } from 'vitest';
import { openRepository } from '@/lib/db/repository';

describe('people named before their email is known', () => {
  it('a first name from a title finds the one person of that first name', async () => {
    const repo = await openRepository();
    const jonas = await repo.ensurePersonForEvent({
      name: 'Jonas Weber',
      email: 'jonas@northwind.example',
    });
    expect((await repo.ensurePersonForEvent({ name: 'Jonas' })).id).toBe(jonas.id);
    await repo.ensurePersonForEvent({ name: 'Jonas Berg', email: 'jb@northwind.example' });
    // Two people called Jonas: ambiguous, so a new name-only person rather than a guess.
    expect((await repo.ensurePersonForEvent({ name: 'Jonas' })).id).not.toBe(jonas.id);
    repo.close();
  });

  it('a name-only person takes the email and full name when they arrive', async () => {
    const repo = await openRepository();
    const early = await repo.ensurePersonForEvent({ name: 'Maria' });
    const late = await repo.ensurePersonForEvent({
      name: 'Maria Lopez',
      email: 'Maria.Lopez@northwind.example',
    });
    expect(late.id).toBe(early.id);
    expect(late.displayName).toBe('Maria Lopez');
    expect(late.emails).toEqual(['maria.lopez@northwind.example']);
    expect(await repo.listPeople()).toHaveLength(1);
    repo.close();
  });

  it('never attaches an email to someone who already has one', async () => {
    const repo = await openRepository();
    const raj = await repo.ensurePersonForEvent({ name: 'Raj', email: 'raj@northwind.example' });
    const other = await repo.ensurePersonForEvent({
      name: 'Raj Patel',
      email: 'raj.patel@contoso.example',
    });
    expect(other.id).not.toBe(raj.id);
    repo.close();
  });
});
