import { useState } from 'react';
import { applyImport, exportBackup, openBackupFile, type OpenedBackup } from './actions';
import { BackupStopped } from './chunks';
import { problemMessage } from './errors';
import type { BackupTables } from './payload';
import type { ImportMode, SafetyChange } from './records';
import { BackupFileStep } from './BackupFileStep';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { type Translate, useT } from '../../ui/i18n/i18n';
import type { MessageKey } from '../../ui/i18n/messages/en';

type Stage =
  | { step: 'pick' }
  | { step: 'choose'; opened: OpenedBackup; takeSafety: boolean }
  | {
      step: 'replace';
      opened: OpenedBackup;
      savedFirst: boolean;
      haveFile: boolean;
      takeSafety: boolean;
    };

const SAFETY_NAMES: Record<SafetyChange['field'], MessageKey> = {
  exitUrl: 'import.safety.exitUrl',
  tabTitle: 'import.safety.tabTitle',
  idleLockMinutes: 'import.safety.idleLockMinutes',
  lockWhenHidden: 'import.safety.lockWhenHidden',
};

const shown = (value: unknown, t: Translate) =>
  typeof value === 'boolean' ? t(value ? 'import.yes' : 'import.no') : String(value);

/** The backup's safety settings that differ from these, and a choice that starts at "keep". */
function SafetyChoice(props: {
  changes: SafetyChange[];
  take: boolean;
  onChange: (take: boolean) => void;
}) {
  const { t } = useT();
  if (props.changes.length === 0) return null;
  return (
    <fieldset className="safety-difference">
      <legend>{t('import.safetyLegend')}</legend>
      <p>{t('import.safetyText')}</p>
      <ul>
        {props.changes.map((change) => (
          <li key={change.field}>
            {t('import.safetyLine', {
              name: t(SAFETY_NAMES[change.field]),
              here: shown(change.here, t),
              backup: shown(change.backup, t),
            })}
          </li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          checked={props.take}
          onChange={(e) => props.onChange(e.target.checked)}
        />{' '}
        {t('import.takeSafety')}
      </label>
    </fieldset>
  );
}

/** What the backup holds, in a sentence or two, for the question before it comes in. */
function describe({ tables, preview, needsChoice }: OpenedBackup, t: Translate): string {
  const parts = [t('import.holds', { count: tables.entries?.length ?? 0 })];
  if (preview.stayDeleted > 0) parts.push(t('import.stayDeleted', { count: preview.stayDeleted }));
  const gone = preview.deletes.entries?.length ?? 0;
  if (gone > 0) parts.push(t('import.goneHere', { count: gone }));
  if (needsChoice) parts.push(t('import.needsChoice'));
  return parts.join(' ');
}

/** "Backup file" then "Import": checks everything first, then merge or replace. */
export function ImportBackupForm() {
  const { t } = useT();
  const [passphrase, setPassphrase] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const { busy, problem, setProblem, run } = useAsyncAction((error) => {
    // Stopped because the journal locked: there is nothing to say, and no one to say it to.
    if (error instanceof BackupStopped) return null;
    console.error(error);
    return problemMessage(error, 'write', t);
  });

  const apply = (tables: BackupTables, mode: ImportMode, takeSafety = false) =>
    run(t('import.bringing'), async () => {
      await applyImport(tables, mode, { takeSafety });
    });

  const open = (file: File) =>
    void run(t('import.opening'), async () => {
      const opened = await openBackupFile(file, passphrase);
      if (opened.needsChoice || opened.preview.safety.length > 0) {
        setStage({ step: 'choose', opened, takeSafety: false });
      } else await applyImport(opened.tables, 'replace');
    });

  const cancel = () => {
    setStage({ step: 'pick' });
    setProblem('');
  };

  return (
    <div className="backup-part" role="group" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('import.heading')}</h3>
      {stage.step === 'pick' && (
        <BackupFileStep
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          busy={busy !== ''}
          onFile={open}
          onProblem={setProblem}
        >
          {t('import.checked')}
        </BackupFileStep>
      )}
      {stage.step === 'choose' && (
        <div>
          <p>{describe(stage.opened, t)}</p>
          <SafetyChoice
            changes={stage.opened.preview.safety}
            take={stage.takeSafety}
            onChange={(takeSafety) => setStage({ ...stage, takeSafety })}
          />
          <div className="actions">
            {stage.opened.needsChoice ? (
              <>
                <button
                  type="button"
                  className="primary"
                  disabled={busy !== ''}
                  onClick={() => void apply(stage.opened.tables, 'merge', stage.takeSafety)}
                >
                  {t('import.merge')}
                </button>
                <button
                  type="button"
                  disabled={busy !== ''}
                  onClick={() =>
                    setStage({
                      step: 'replace',
                      opened: stage.opened,
                      savedFirst: false,
                      haveFile: false,
                      takeSafety: false,
                    })
                  }
                >
                  {t('import.replace')}
                </button>
              </>
            ) : (
              <button
                type="button"
                className="primary"
                disabled={busy !== ''}
                onClick={() => void apply(stage.opened.tables, 'replace', stage.takeSafety)}
              >
                {t('import.bringIn')}
              </button>
            )}
            <button type="button" disabled={busy !== ''} onClick={cancel}>
              {t('import.cancel')}
            </button>
          </div>
          {stage.opened.needsChoice && <p className="hint">{t('import.mergeHint')}</p>}
        </div>
      )}
      {stage.step === 'replace' && (
        <div>
          <p>{t('import.replaceText')}</p>
          <SafetyChoice
            changes={stage.opened.replaceSafety}
            take={stage.takeSafety}
            onChange={(takeSafety) => setStage({ ...stage, takeSafety })}
          />
          <div className="actions">
            <button
              type="button"
              className={stage.savedFirst ? undefined : 'primary'}
              disabled={busy !== ''}
              onClick={() =>
                void run(t('import.savingFirst'), async () => {
                  await exportBackup(passphrase, 'before-restore');
                  setStage({ ...stage, savedFirst: true, haveFile: false });
                })
              }
            >
              {t('import.downloadFirst')}
            </button>
            <button
              type="button"
              className={stage.savedFirst && stage.haveFile ? 'primary' : undefined}
              disabled={busy !== '' || !stage.savedFirst || !stage.haveFile}
              onClick={() => void apply(stage.opened.tables, 'replace', stage.takeSafety)}
            >
              {t('import.replaceMine')}
            </button>
            <button type="button" disabled={busy !== ''} onClick={cancel}>
              {t('import.cancel')}
            </button>
          </div>
          {stage.savedFirst && (
            <div>
              <p role="status">{t('import.offered')}</p>
              <label>
                <input
                  type="checkbox"
                  checked={stage.haveFile}
                  onChange={(e) => setStage({ ...stage, haveFile: e.target.checked })}
                />{' '}
                {t('import.haveFile')}
              </label>
            </div>
          )}
        </div>
      )}
      {busy && <p role="status">{busy}</p>}
      <Problem>{problem}</Problem>
    </div>
  );
}
