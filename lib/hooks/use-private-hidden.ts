/** The screen-share safe state as a Preact hook, shared by the sidebar, the prep page and the popup. */
import { useEffect, useState } from 'preact/hooks';
import {
  onPrivateHiddenChange,
  readPrivateHidden,
  setPrivateHidden,
  toggleShortcut,
} from '../privacy/screen-share';

export interface PrivateHiddenState {
  /** null until storage answered: views render nothing private until then. */
  hidden: boolean | null;
  shortcut: string;
  set: (hidden: boolean) => void;
}

export function usePrivateHidden(): PrivateHiddenState {
  const [hidden, setHidden] = useState<boolean | null>(null);
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    let live = true;
    const off = onPrivateHiddenChange((next) => live && setHidden(next));
    void readPrivateHidden().then((value) => live && setHidden(value));
    void toggleShortcut().then((value) => live && setShortcut(value));
    return () => {
      live = false;
      off();
    };
  }, []);
  return {
    hidden,
    shortcut,
    set: (next) => {
      setHidden(next);
      void setPrivateHidden(next).catch(() => undefined);
    },
  };
}
