import type { SafetyPlan } from '../../storage/reflectSafetyTypes';
import { type Translate, useT } from '../../ui/i18n/i18n';
import { formatList } from '../../lib/i18n/format';
import { AFTER_ITEMS, type PlanItem, TAKE_ITEMS } from './plan';

function ticked(items: readonly PlanItem[], ids: readonly string[], t: Translate): string[] {
  return items.filter((item) => ids.includes(item.id)).map((item) => t(`plan.item.${item.id}`));
}

function Part({ title, text }: { title: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <>
      <h3>{title}</h3>
      <p className="print-text">{text}</p>
    </>
  );
}

/** The plan as plain text for paper: made only while the print window is open. */
export function PlanPrint({ plan }: { plan: SafetyPlan }) {
  const { t, locale } = useT();
  const take = ticked(TAKE_ITEMS, plan.take, t);
  const after = ticked(AFTER_ITEMS, plan.after, t);
  return (
    <div className="plan-print">
      <h2>{t('print.title')}</h2>
      {plan.people.length > 0 && (
        <>
          <h3>{t('print.people')}</h3>
          <ul>
            {plan.people.map((p) => (
              <li key={p.id}>
                {[p.name, p.reach, p.knows].filter((part) => part.trim() !== '').join(' · ')}
              </li>
            ))}
          </ul>
        </>
      )}
      <Part title={t('print.places')} text={plan.places} />
      {take.length > 0 && <Part title={t('print.take')} text={formatList(take, locale)} />}
      <Part title={t('print.takeNotes')} text={plan.takeNotes} />
      <Part
        title={t('print.codeWord')}
        text={[plan.codeWord, plan.codeWordMeaning].filter(Boolean).join(': ')}
      />
      <Part title={t('print.leaving')} text={plan.leaving} />
      {after.length > 0 && <Part title={t('print.after')} text={formatList(after, locale)} />}
      <Part title={t('print.afterNotes')} text={plan.afterNotes} />
    </div>
  );
}
