/** Shared set-up for unit and component tests: a fresh fake database and store. */
import { KeelDatabase, setDatabase } from '../../src/storage/schema';
import { useKeel } from '../../src/state/store';
import { dropIndex } from '../../src/features/journal/searchIndex';
import { cancelDraftSave } from '../../src/features/journal/autosave';

let counter = 0;

/** Points the app at a brand-new database and clears the store. */
export function freshDatabase(): KeelDatabase {
  counter += 1;
  const db = new KeelDatabase(`keel-test-${counter}-${Math.random().toString(36).slice(2)}`);
  setDatabase(db);
  cancelDraftSave();
  dropIndex();
  useKeel.setState(useKeel.getInitialState(), true);
  return db;
}
