import { useEffect, useRef, useState } from 'react';
import { addVoiceNote } from './add';
import type { Attachment } from '../../../storage/attachmentCodec';
import { MEDIA_LIMITS, VOICE_LIMIT_NOTE } from '../../../lib/mediaLimits';
import { formatDuration } from './MediaView';
import { onReleaseMedia } from './release';

interface Props {
  cryptoKey: CryptoKey;
  inEntry: number;
  onAdded(meta: Attachment): void;
  onProblem(message: string): void;
}

interface Recording {
  recorder: MediaRecorder;
  stream: MediaStream;
  startedAt: number;
  parts: Blob[];
  /** False when lock or quick exit stopped it: what was recorded is dropped, not stored. */
  keep: boolean;
}

function stopTracks(stream: MediaStream) {
  for (const track of stream.getTracks()) track.stop();
}

/** Records a voice note with MediaRecorder; the sound stays on this device. */
export function VoiceRecorder({ cryptoKey, inEntry, onAdded, onProblem }: Props) {
  const [recording, setRecording] = useState<Recording | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [saving, setSaving] = useState(false);
  const current = useRef<Recording | null>(null);

  useEffect(() => {
    const dropNow = () => {
      const rec = current.current;
      if (!rec) return;
      rec.keep = false;
      current.current = null;
      if (rec.recorder.state !== 'inactive') rec.recorder.stop();
      stopTracks(rec.stream);
    };
    const unregister = onReleaseMedia(dropNow);
    return () => {
      unregister();
      dropNow();
    };
  }, []);

  useEffect(() => {
    if (!recording) return;
    const timer = window.setInterval(() => {
      const ms = Date.now() - recording.startedAt;
      setElapsed(ms);
      if (ms >= MEDIA_LIMITS.voiceMinutes * 60_000) stop();
    }, 500);
    return () => window.clearInterval(timer);
  });

  const start = async () => {
    if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia) {
      onProblem('This browser cannot record sound here.');
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      onProblem(
        'Keel could not use the microphone. The browser may be asking, or it may be switched off for this page in its settings.',
      );
      return;
    }
    const recorder = new MediaRecorder(stream);
    const rec: Recording = { recorder, stream, startedAt: Date.now(), parts: [], keep: true };
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) rec.parts.push(event.data);
    };
    recorder.onstop = () => {
      stopTracks(stream);
      if (!rec.keep) return;
      const durationMs = Date.now() - rec.startedAt;
      const blob = new Blob(rec.parts, { type: recorder.mimeType || 'audio/webm' });
      setSaving(true);
      void addVoiceNote(cryptoKey, blob, durationMs, inEntry)
        .then(onAdded, (error: unknown) =>
          onProblem(error instanceof Error ? error.message : 'The voice note could not be kept.'),
        )
        .finally(() => setSaving(false));
    };
    current.current = rec;
    recorder.start(1000);
    setElapsed(0);
    setRecording(rec);
  };

  function stop() {
    const rec = current.current;
    current.current = null;
    setRecording(null);
    if (rec && rec.recorder.state !== 'inactive') rec.recorder.stop();
  }

  return (
    <div className="voice-recorder">
      {recording ? (
        <>
          <button type="button" onClick={stop}>
            Stop recording
          </button>
          <span role="status">Recording, {formatDuration(elapsed)}</span>
        </>
      ) : (
        <button type="button" disabled={saving} onClick={() => void start()}>
          Record a voice note
        </button>
      )}
      {saving && <span role="status">Keeping the voice note…</span>}
      <p className="hint">
        {VOICE_LIMIT_NOTE} The sound is kept sealed on this device and never sent anywhere.
      </p>
    </div>
  );
}
