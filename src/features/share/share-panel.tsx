import { useState, type ChangeEvent } from 'react';
import { CopyButton } from '../../components/copy-button';
import { Panel } from '../../components/panel';
import { permalink } from '../../domain/request/permalink';
import { ROUTES } from '../../domain/site/routes';
import { appUrl } from '../../lib/app-paths';
import type { SectionProps } from '../../state/composed-request-store';
import { replaceComposition } from '../../state/composition-history-store';
import { TEST_IDS } from '../../test-ids';
import { logoFitsLink } from '../../domain/mock/branding';
import { isMockIssuer } from '../../domain/request/composed-request';
import { logoNotInLinkText } from '../../domain/messages';

/** Share the composed request: a permalink, or a JSON file to export and import. Never a token. */
export function SharePanel({ request }: Pick<SectionProps, 'request'>) {
  const [importMessage, setImportMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const link = permalink(appUrl(ROUTES.compose), request);

  // The file's format loads with the first export or import, not with the compose screen (issue 29).
  const download = async () => {
    const { exportConfiguration } = await import('../../domain/request/configuration-file');
    const url = URL.createObjectURL(new Blob([exportConfiguration(request)], { type: 'application/json' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = 'oidc-playground-request.json';
    anchor.click();
    URL.revokeObjectURL(url);
  };

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const { importConfiguration } = await import('../../domain/request/configuration-file');
    const result = importConfiguration(await file.text());
    if (result.outcome === 'invalid') {
      setImportMessage({ kind: 'error', text: `${file.name}: ${result.message} Nothing was changed.` });
      return;
    }
    replaceComposition(result.request, file.name);
    setImportMessage({ kind: 'ok', text: `Loaded ${file.name}.` });
  };

  return (
    <Panel title="Share this request" id="share">
      <p className="muted small">The link and the file hold the composed request and mock settings only: never a token, code or secret.</p>
      <div className="row wrap">
        <code className="permalink" data-testid={TEST_IDS.permalink}>{link}</code>
        <CopyButton value={link} label="Copy link" />
      </div>
      {isMockIssuer(request.issuer) && !logoFitsLink(request.mock.branding.logo) && (
        <p className="notice small" data-testid={TEST_IDS.logoNotInLink}>{logoNotInLinkText(request.mock.branding.logo.length)}</p>
      )}
      <div className="row wrap share-actions">
        <button type="button" onClick={() => void download()}>Export JSON</button>
        <label className="button-link file-button">
          Import JSON
          <input type="file" accept="application/json,.json" onChange={(e) => void load(e)} className="visually-hidden" />
        </label>
      </div>
      {importMessage && (
        <p role={importMessage.kind === 'error' ? 'alert' : 'status'} className={importMessage.kind === 'error' ? 'blocking' : 'muted'} data-testid={TEST_IDS.importMessage}>
          {importMessage.text}
        </p>
      )}
    </Panel>
  );
}
