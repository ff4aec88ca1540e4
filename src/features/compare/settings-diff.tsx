import { Panel } from '../../components/panel';
import type { SettingChange } from '../../domain/request/diff-settings';
import { TEST_IDS } from '../../test-ids';
import { TableHead } from '../../components/table-head';

/** The request and policy settings that differed between the two runs: the likely cause of any change. */
export function SettingsDiff({ changes }: { changes: readonly SettingChange[] }) {
  return (
    <Panel title="What was composed differently" id="settings-diff">
      {changes.length === 0 ? (
        <p className="muted">Both runs were composed with the same request and mock settings.</p>
      ) : (
        <table className="reflow" data-testid={TEST_IDS.settingsDiff}>
          <TableHead columns={['Setting', 'Before', 'After']} />
          <tbody>
            {changes.map((change) => (
              <tr key={change.name}>
                <th scope="row">{change.name}</th>
                <td className="json-cell" data-label="Before">{change.before}</td>
                <td className="json-cell" data-label="After">{change.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
