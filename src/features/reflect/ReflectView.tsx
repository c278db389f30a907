import { PromptList } from './PromptList';
import { ReframeSettings } from './ReframeSettings';
import { SelfCheck } from './SelfCheck';
import './reflect.css';
import { useT } from '../../ui/i18n/i18n';

/** Reflect: a self-check, prompts by moment, and the switch for gentle notes. */
export default function ReflectView({ onWrite }: { onWrite: (prompt: string) => void }) {
  const { t } = useT();
  return (
    <section className="reflect" aria-labelledby="reflect-heading">
      <h1 id="reflect-heading">{t('reflect.title')}</h1>
      <p>{t('reflect.intro')}</p>
      <SelfCheck />
      <PromptList onWrite={onWrite} />
      <ReframeSettings />
    </section>
  );
}
