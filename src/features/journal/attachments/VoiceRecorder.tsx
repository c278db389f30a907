import { useEffect, useRef, useState } from 'react';
import { addVoiceNote } from './add';
import type { Attachment } from '../../../storage/attachmentCodec';
import { MEDIA_LIMITS } from '../../../lib/mediaLimits';
import { useT } from '../../../ui/i18n/i18n';
import { addProblemText } from './words';
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
  const { t, locale } = useT();
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
      onProblem(t('media.noRecorder'));
      return;
    }
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      onProblem(t('media.noMicrophone'));
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
          onProblem(addProblemText(t, locale, error, 'media.voiceFailed')),
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
            {t('media.stopRecording')}
          </button>
          <span role="status">{t('media.recording', { time: formatDuration(elapsed) })}</span>
        </>
      ) : (
        <button type="button" disabled={saving} onClick={() => void start()}>
          {t('media.record')}
        </button>
      )}
      {saving && <span role="status">{t('media.keepingVoice')}</span>}
      <p className="hint">{t('media.voiceHint', { minutes: MEDIA_LIMITS.voiceMinutes })}</p>
    </div>
  );
}
