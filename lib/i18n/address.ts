/**
 * Words that address the other person in both German forms. German text that speaks to them
 * is written once with both forms in braces — `{du-Form|Sie-Form}` — e.g.
 * 'Wie {geht es dir|geht es Ihnen} gerade?' reads "Wie geht es dir gerade?" (informal) and
 * "Wie geht es Ihnen gerade?" (formal). The braces hold whole phrases, so each form reads as if
 * written on its own; English has no braces and one form. Settings choose which form is shown.
 * Pure: the catalog lookup is the only state.
 */
import { t, type MessageKey } from './catalog';

/** A text in the informal address and, when it differs, the formal one. */
export interface Addressed {
  informal: string;
  formal?: string;
}

const ALTERNATION = /\{([^{}|]*)\|([^{}|]*)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/** Both forms of a text written with `{du|Sie}` alternations. */
export function addressForms(source: string): Addressed {
  const informal = source.replace(ALTERNATION, (_all, du: string) => du);
  const formal = source.replace(ALTERNATION, (_all, _du: string, sie: string) => sie);
  return formal === informal ? { informal } : { informal, formal };
}

/** A message, unfilled, split into its forms: for use inside another addressed message. */
export function messageSource(key: MessageKey): Addressed {
  return addressForms(t(key));
}

/**
 * A message in both forms, `{name}` placeholders filled after the split: the user's own words
 * in a plain string param are never read as braces; an Addressed param follows the form.
 */
export function addressedMessage(
  key: MessageKey,
  params: Record<string, string | Addressed> = {},
): Addressed {
  const forms = addressForms(t(key));
  const fill = (text: string, formal: boolean) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (typeof value === 'string') return value;
      return formal ? (value.formal ?? value.informal) : value.informal;
    });
  const informal = fill(forms.informal, false);
  const formal = fill(forms.formal ?? forms.informal, true);
  return formal === informal ? { informal } : { informal, formal };
}

export type AddressChoice = 'du' | 'sie';

/** The text to show: the formal form when the user chose "Sie" and there is one. */
export function inAddress(text: Addressed, address: AddressChoice): string {
  return address === 'sie' && text.formal !== undefined ? text.formal : text.informal;
}
