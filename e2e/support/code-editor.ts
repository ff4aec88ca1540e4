import type { Locator } from '@playwright/test';

/**
 * Replaces all the text of a CodeMirror editor as a person would: click into it, select all with
 * the keyboard (CodeMirror's own command, which selects the whole document), and type the new text
 * as one input. Playwright's `fill` selects through the DOM instead, and on a loaded machine it once
 * left part of the old text in place (the typed JSON followed by a stray character).
 */
export async function replaceEditorText(editor: Locator, text: string): Promise<void> {
  await editor.click();
  await editor.press('ControlOrMeta+a');
  await editor.page().keyboard.insertText(text);
}
