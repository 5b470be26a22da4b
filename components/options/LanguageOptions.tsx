/**
 * The `<option>`s of the languages Tandem speaks, each by its own name (not translated), so it
 * can be found by someone who reads it. Adding a language is one line here and its `_locales`.
 */
export function LanguageOptions() {
  return (
    <>
      <option value="en" lang="en">
        English
      </option>
      <option value="de" lang="de">
        Deutsch
      </option>
    </>
  );
}
