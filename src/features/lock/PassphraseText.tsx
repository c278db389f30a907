/** The plain words about what a passphrase does, shared by first run and Settings. */
export function PassphraseText() {
  return (
    <>
      <p>
        A passphrase keeps your journal shut until you type it. Without one, anyone who can open
        this browser on this device can open Keel and read it.
      </p>
      <p>
        <strong>If you forget it, no one can get it back</strong>, not even us: there is no reset,
        and the journal cannot be opened without it. Choose words you will remember and others will
        not guess.
      </p>
    </>
  );
}
