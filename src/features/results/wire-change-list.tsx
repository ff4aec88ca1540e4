import type { WireChange } from '../../domain/protocols/wire-changes';
import { wireChangeText } from '../../domain/messages/protocol-messages';
import { TEST_IDS } from '../../test-ids';

/** One sentence per change a protocol switch made, each with the section that defines it. */
export function WireChangeList({ changes }: { changes: readonly WireChange[] }) {
  return (
    <ul className="wire-changes">
      {changes.map((change) => {
        const { text, citation, url } = wireChangeText(change);
        return (
          <li key={change} data-testid={TEST_IDS.wireChange} data-change={change}>
            {text} (<a href={url} target="_blank" rel="noreferrer">{citation}</a>)
          </li>
        );
      })}
    </ul>
  );
}
