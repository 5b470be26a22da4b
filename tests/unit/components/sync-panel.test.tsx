// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncPanel, type SyncPanelProps } from '../../../components/options/SyncPanel';
import { SyncUnlock } from '../../../components/popup/SyncUnlock';
import type { SyncView } from '../../../lib/sync/messages';

afterEach(cleanup);

const off: SyncView = {
  status: { phase: 'off', sent: 0, received: 0 },
  server: null,
  enabled: false,
};
const server = { url: 'http://127.0.0.1:5984', database: 'tandem', username: 'ada' };

function panel(view: SyncView, overrides: Partial<SyncPanelProps> = {}) {
  const props: SyncPanelProps = {
    view,
    onStart: vi.fn(async () => null),
    onUnlock: vi.fn(async () => null),
    onStop: vi.fn(async () => null),
    onForget: vi.fn(async () => null),
    ...overrides,
  };
  render(<SyncPanel {...props} />);
  return props;
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('SyncPanel', () => {
  it('checks every field before asking for anything, with the message beside the field', () => {
    const props = panel(off);
    type('Server URL', 'couch.example.org');
    type('Passphrase', 'short');
    fireEvent.click(screen.getByRole('button', { name: 'Start sync' }));
    expect(props.onStart).not.toHaveBeenCalled();
    expect(screen.getByText('Enter an address that starts with https:// or http://')).toBeTruthy();
    expect(screen.getByText('Use a passphrase of at least 8 characters')).toBeTruthy();
    expect(screen.getByLabelText('Username').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps every field filled before the next render (a password manager fills them at once)', async () => {
    const onStart = vi.fn(async () => null);
    panel(off, { onStart });
    // Raw events, no act(): Preact renders only after all of them, as after an autofill.
    const fill = (label: string, value: string) => {
      const input = screen.getByLabelText(label) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    fill('Server URL', 'http://127.0.0.1:5984');
    fill('Database', 'notes');
    fill('Username', 'ada');
    fill('Password', 'secret');
    fill('Passphrase', 'quiet harbour seven');
    await waitFor(() =>
      expect((screen.getByLabelText('Database') as HTMLInputElement).value).toBe('notes'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Start sync' }));
    expect(onStart).toHaveBeenCalledWith({
      url: 'http://127.0.0.1:5984',
      database: 'notes',
      username: 'ada',
      password: 'secret',
      passphrase: 'quiet harbour seven',
    });
  });

  it('starts with the fields as typed and words a refusal plainly', async () => {
    const onStart = vi.fn(async () => 'passphrase' as const);
    panel(off, { onStart });
    type('Server URL', ' http://127.0.0.1:5984 ');
    type('Username', 'ada');
    type('Password', 'secret');
    type('Passphrase', 'quiet harbour seven');
    fireEvent.click(screen.getByRole('button', { name: 'Start sync' }));
    expect(onStart).toHaveBeenCalledWith({
      url: 'http://127.0.0.1:5984',
      database: 'tandem',
      username: 'ada',
      password: 'secret',
      passphrase: 'quiet harbour seven',
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain(
        'This passphrase does not open the data on this server. Nothing was written or merged.',
      ),
    );
  });

  it('asks only for the passphrase while sync waits for it, and offers Stop and Forget', async () => {
    const props = panel({
      status: { phase: 'locked', sent: 0, received: 0 },
      server,
      enabled: true,
    });
    expect(screen.queryByLabelText('Server URL')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('waits for your passphrase');
    type('Passphrase', 'quiet harbour seven');
    fireEvent.click(screen.getByRole('button', { name: 'Resume sync' }));
    expect(props.onUnlock).toHaveBeenCalledWith('quiet harbour seven');
    const forget = screen.getByRole('button', { name: 'Forget this server' }) as HTMLButtonElement;
    await waitFor(() => expect(forget.disabled).toBe(false));
    fireEvent.click(forget);
    expect(props.onForget).toHaveBeenCalled();
  });

  it('shows the first sync as a progress bar with records sent and received', () => {
    const props = panel({
      status: { phase: 'first-sync', sent: 3, received: 40, expected: 120 },
      server,
      enabled: true,
    });
    const bar = screen.getByRole('progressbar', {
      name: 'Records received',
    }) as HTMLProgressElement;
    expect([bar.value, bar.max]).toEqual([40, 120]);
    expect(screen.getByRole('status').textContent).toContain('3 sent, 40 received.');
    expect(screen.queryByRole('button', { name: 'Start sync' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stop sync' }));
    expect(props.onStop).toHaveBeenCalled();
  });
});

describe('SyncUnlock (popup)', () => {
  it('resumes with the passphrase and says when it is wrong', async () => {
    const onUnlock = vi.fn(async () => 'passphrase' as const);
    render(<SyncUnlock onUnlock={onUnlock} />);
    type('Passphrase', 'quiet harbour seven');
    fireEvent.click(screen.getByRole('button', { name: 'Resume sync' }));
    expect(onUnlock).toHaveBeenCalledWith('quiet harbour seven');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('does not open'));
  });
});
