// What every section of the settings form is given: the draft, its setter and the form's errors.
import type { FieldErrors } from './form-errors';
import type { SettingsDraft } from './settings-schema';

export interface SettingsSectionProps {
  draft: SettingsDraft;
  set: (patch: Partial<SettingsDraft>) => void;
  errors: FieldErrors;
  /** The form's id prefix for error messages (useId). */
  id: string;
}
