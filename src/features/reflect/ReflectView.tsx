import { PromptList } from './PromptList';
import { ReframeSettings } from './ReframeSettings';
import { SelfCheck } from './SelfCheck';
import './reflect.css';

/** Reflect: a self-check, prompts by moment, and the switch for gentle notes. */
export default function ReflectView() {
  return (
    <section className="reflect" aria-labelledby="reflect-heading">
      <h1 id="reflect-heading">Reflect</h1>
      <p>
        A quiet place to look at how things are, in your own time. Nothing here is shared, and
        nothing here is a judgement.
      </p>
      <SelfCheck />
      <PromptList />
      <ReframeSettings />
    </section>
  );
}
