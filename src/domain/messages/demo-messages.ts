import { DEMO_LIMITS, type DemoNameProblem } from '../request/saved-demos';

/** Why a demo was not saved or renamed, said under the name field; nothing typed is lost. */
export function demoProblemText(problem: DemoNameProblem | 'full'): string {
  switch (problem) {
    case 'empty':
      return 'Give the demo a name, such as the customer’s.';
    case 'too-long':
      return `A demo name can be up to ${DEMO_LIMITS.nameCharacters} characters.`;
    case 'taken':
      return 'A demo of that name is already saved: choose another name, or delete the old one.';
    case 'full':
      return `This browser keeps up to ${DEMO_LIMITS.demos} demos: delete one to save another.`;
  }
}

export const DEMO_KIT_HINT =
  'A demo keeps this composition with the mock’s branding and user, kept in this browser. Open one to load it in presenter mode; its link opens it the same way in a fresh browser.';
