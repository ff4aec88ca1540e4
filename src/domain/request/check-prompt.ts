/**
 * The `prompt` values OpenID Connect defines (Core 1.0 §3.1.2.1), plus `create` from Initiating
 * User Registration 1.0. A provider's discovery document may narrow or extend the list
 * (`prompt_values_supported`), and when it is known it wins.
 */
const STANDARD_PROMPT_VALUES = ['none', 'login', 'consent', 'select_account', 'create'] as const;

/** What is wrong with a typed `prompt`, or undefined when it can be sent. */
export function checkPrompt(text: string, supported: readonly string[] = STANDARD_PROMPT_VALUES): string | undefined {
  const values = text.trim() === '' ? [] : text.trim().split(/\s+/);
  if (values.length === 0) return undefined;
  const allowed = supported.join(', ');
  const unknown = values.find((value) => !supported.includes(value));
  if (unknown !== undefined) return `prompt=${unknown} is not a prompt value this provider accepts; use one or more of: ${allowed}.`;
  const repeated = values.find((value, index) => values.indexOf(value) !== index);
  if (repeated !== undefined) return `prompt lists ${repeated} twice; give each value once.`;
  // Core §3.1.2.1: "If this parameter contains none with any other value, an error is returned."
  if (values.includes('none') && values.length > 1) return 'prompt=none cannot be combined with other values (OIDC Core §3.1.2.1): use none alone.';
  return undefined;
}
