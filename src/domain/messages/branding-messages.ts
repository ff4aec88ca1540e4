import { BRANDING_LIMITS, type LogoProblem } from '../mock/branding';
import { describeSize } from '../text/describe-size';

const ACCEPTED = 'PNG, JPEG, WebP or SVG';

/** Why a chosen logo was refused, said under the file picker; the logo in use stays as it was. */
export function logoProblemText(fileName: string, problem: LogoProblem): string {
  switch (problem.code) {
    case 'empty':
      return `${fileName} is empty. Choose a ${ACCEPTED} file; the current logo is kept.`;
    case 'too-large':
      return `${fileName} is ${describeSize(problem.bytes)}; a logo can be up to ${describeSize(problem.limit)}. Choose a smaller file; the current logo is kept.`;
    case 'not-an-image':
    case 'not-a-data-url':
      return `${fileName} is not a ${ACCEPTED} image (its content was checked, not its name). The current logo is kept.`;
  }
}

/** What the branding fields are for, under their heading. */
export const BRANDING_HINT = `How the mock's login, sign-out and error pages look, so a demo resembles your customer's provider. A logo is ${ACCEPTED}, up to ${describeSize(BRANDING_LIMITS.logoBytes)}, kept in this browser and shown only as an image, so an SVG runs no script. Empty fields use the behaviour profile's neutral look.`;

/** The share panel's note when the logo is too big for a link. */
export function logoNotInLinkText(logoCharacters: number): string {
  return `The logo (${describeSize(logoCharacters)} as text) is too large for a link: the link carries the rest of the branding, and the exported JSON file carries the logo too.`;
}

/** Under the provider's name on its login page: which application the person signs in to. */
export function continueToClientText(clientName: string): string {
  return `to continue to ${clientName}`;
}

/** The logo's text alternative: the provider's name, so a screen reader says whose page this is. */
export function logoAltText(providerName: string): string {
  return `${providerName} logo`;
}
