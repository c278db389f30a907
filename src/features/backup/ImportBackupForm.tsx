import { useState } from 'react';
import { applyImport, exportBackup, openBackupFile, type OpenedBackup } from './actions';
import { BackupStopped } from './chunks';
import { problemMessage } from './errors';
import type { BackupTables } from './payload';
import type { ImportMode, SafetyChange } from './records';
import { BackupFileStep } from './BackupFileStep';
import { Problem } from '../../ui/Problem';
import { useAsyncAction } from '../../ui/useAsyncAction';

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

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function countEntries(tables: BackupTables): string {
  return plural(tables.entries?.length ?? 0, 'entry', 'entries');
}

const SAFETY_NAMES: Record<SafetyChange['field'], string> = {
  exitUrl: 'Quick exit goes to',
  tabTitle: 'Tab title',
  idleLockMinutes: 'Lock after this many idle minutes (0 is off)',
  lockWhenHidden: 'Lock when Keel is hidden',
};

const shown = (value: unknown) =>
  typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);

/** The backup's safety settings that differ from these, and a choice that starts at "keep". */
function SafetyChoice(props: {
  changes: SafetyChange[];
  take: boolean;
  onChange: (take: boolean) => void;
}) {
  if (props.changes.length === 0) return null;
  return (
    <fieldset className="safety-difference">
      <legend>Safety settings in this backup</legend>
      <p>
        These are set differently in the backup. The ones here stay unless you choose otherwise.
      </p>
      <ul>
        {props.changes.map((change) => (
          <li key={change.field}>
            {SAFETY_NAMES[change.field]}: here {shown(change.here)}, in the backup{' '}
            {shown(change.backup)}
          </li>
        ))}
      </ul>
      <label>
        <input
          type="checkbox"
          checked={props.take}
          onChange={(e) => props.onChange(e.target.checked)}
        />{' '}
        Use the safety settings from the backup
      </label>
    </fieldset>
  );
}

/** What the backup holds, in a sentence or two, for the question before it comes in. */
function describe({ tables, preview }: OpenedBackup): string {
  const parts = [`The backup opened and holds ${countEntries(tables)}.`];
  if (preview.stayDeleted > 0) {
    parts.push(
      `${plural(preview.stayDeleted, 'of them was', 'of them were')} deleted after the backup was made, and will stay deleted.`,
    );
  }
  const gone = preview.deletes.entries?.length ?? 0;
  if (gone > 0) {
    parts.push(
      `${plural(gone, 'entry here was', 'entries here were')} deleted where the backup was made; merging removes ${gone === 1 ? 'it' : 'them'} here too.`,
    );
  }
  return parts.join(' ');
}

/** "Backup file" then "Import": checks everything first, then merge or replace. */
export function ImportBackupForm() {
  const [passphrase, setPassphrase] = useState('');
  const [stage, setStage] = useState<Stage>({ step: 'pick' });
  const { busy, problem, setProblem, run } = useAsyncAction((error) => {
    // Stopped because the journal locked: there is nothing to say, and no one to say it to.
    if (error instanceof BackupStopped) return null;
    console.error(error);
    return problemMessage(error);
  });

  const apply = (tables: BackupTables, mode: ImportMode, takeSafety = false) =>
    run('Bringing the backup in…', async () => {
      await applyImport(tables, mode, { takeSafety });
    });

  const open = (file: File) =>
    void run('Opening the backup…', async () => {
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
      <h3 id="import-heading">Restore from a backup</h3>
      {stage.step === 'pick' && (
        <BackupFileStep
          passphrase={passphrase}
          onPassphrase={setPassphrase}
          busy={busy !== ''}
          onFile={open}
          onProblem={setProblem}
        >
          Everything in the file is checked before anything is written, so a damaged file or a wrong
          passphrase leaves your journal just as it is.
        </BackupFileStep>
      )}
      {stage.step === 'choose' && (
        <div>
          <p>
            {describe(stage.opened)}
            {stage.opened.needsChoice &&
              ' Your journal here already has writing in it. How should the two come together?'}
          </p>
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
                  Merge
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
                  Replace
                </button>
              </>
            ) : (
              <button
                type="button"
                className="primary"
                disabled={busy !== ''}
                onClick={() => void apply(stage.opened.tables, 'replace', stage.takeSafety)}
              >
                Bring the backup in
              </button>
            )}
            <button type="button" disabled={busy !== ''} onClick={cancel}>
              Cancel
            </button>
          </div>
          {stage.opened.needsChoice && (
            <p className="hint">
              Merge keeps everything here and adds what the backup has. Where the same entry is in
              both, the more recent edit is kept, and what was deleted stays deleted. Replace makes
              your journal exactly the backup.
            </p>
          )}
        </div>
      )}
      {stage.step === 'replace' && (
        <div>
          <p>
            Replacing removes what is in this journal now. First, save a backup of it, locked with
            the passphrase you just typed, so nothing is lost.
          </p>
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
                void run('Saving a backup of this journal…', async () => {
                  await exportBackup(passphrase, 'before-restore');
                  setStage({ ...stage, savedFirst: true, haveFile: false });
                })
              }
            >
              Download a backup of this journal first
            </button>
            <button
              type="button"
              className={stage.savedFirst && stage.haveFile ? 'primary' : undefined}
              disabled={busy !== '' || !stage.savedFirst || !stage.haveFile}
              onClick={() => void apply(stage.opened.tables, 'replace', stage.takeSafety)}
            >
              Replace my journal
            </button>
            <button type="button" disabled={busy !== ''} onClick={cancel}>
              Cancel
            </button>
          </div>
          {stage.savedFirst && (
            <div>
              <p role="status">
                The backup was offered as a download. If the download was blocked or cancelled, the
                file is not there: download it again before replacing.
              </p>
              <label>
                <input
                  type="checkbox"
                  checked={stage.haveFile}
                  onChange={(e) => setStage({ ...stage, haveFile: e.target.checked })}
                />{' '}
                I can see the backup file in my downloads
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
