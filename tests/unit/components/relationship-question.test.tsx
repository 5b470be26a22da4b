// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelationshipQuestion } from '../../../components/prep/RelationshipQuestion';
import { RELATIONSHIPS } from '../../../lib/schema/vocabulary';
import { closeAll, testRepo } from '../db/helpers';

afterEach(() => {
  cleanup();
  return closeAll();
});

describe('RelationshipQuestion', () => {
  it('offers every relationship but "other" as one click, and a skip', () => {
    const onAnswer = vi.fn();
    render(<RelationshipQuestion name="Raj Patel" onAnswer={onAnswer} />);
    const group = screen.getByRole('group', { name: 'Who is Raj Patel to you?' });
    const buttons = Array.from(group.querySelectorAll('button'));
    expect(buttons).toHaveLength(RELATIONSHIPS.length); // six answers + Skip, no "other"
    fireEvent.click(screen.getByRole('button', { name: 'My manager' }));
    expect(onAnswer).toHaveBeenLastCalledWith('manager');
    fireEvent.click(screen.getByRole('button', { name: 'Reports to me' }));
    expect(onAnswer).toHaveBeenLastCalledWith('report');
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(onAnswer).toHaveBeenLastCalledWith(null);
  });

  it('the answer is stored with the person: asked once, whatever the answer', async () => {
    const repo = await testRepo();
    const raj = await repo.ensurePersonForEvent({ name: 'Raj Patel', email: 'raj@example.com' });
    expect(raj.relationshipAsked).toBeUndefined();
    const saved = await repo.savePerson(
      raj.id,
      { relationship: 'manager', relationshipAsked: true },
      { baseRev: raj.rev },
    );
    expect(saved.record).toMatchObject({ relationship: 'manager', relationshipAsked: true });
    const again = await repo.findPersonByEmail('raj@example.com');
    expect(again).toMatchObject({ relationship: 'manager', relationshipAsked: true });
  });
});
