/** Journaling prompts, grouped by the moment they are meant for. Plain data; no rules. */
import type { MessageKey } from '../../ui/i18n/messages/en';

export interface PromptGroup {
  id: string;
  /** Catalogue keys: the moment, and its prompts. */
  moment: MessageKey;
  prompts: readonly MessageKey[];
}

export const PROMPT_GROUPS: readonly PromptGroup[] = [
  {
    id: 'after-contact',
    moment: 'prompts.afterContact',
    prompts: [
      'prompts.afterContact.1',
      'prompts.afterContact.2',
      'prompts.afterContact.3',
      'prompts.afterContact.4',
    ],
  },
  {
    id: 'longing',
    moment: 'prompts.longing',
    prompts: ['prompts.longing.1', 'prompts.longing.2', 'prompts.longing.3', 'prompts.longing.4'],
  },
  {
    id: 'boundary',
    moment: 'prompts.boundary',
    prompts: [
      'prompts.boundary.1',
      'prompts.boundary.2',
      'prompts.boundary.3',
      'prompts.boundary.4',
    ],
  },
  {
    id: 'grief',
    moment: 'prompts.grief',
    prompts: ['prompts.grief.1', 'prompts.grief.2', 'prompts.grief.3'],
  },
  {
    id: 'self-worth',
    moment: 'prompts.selfWorth',
    prompts: [
      'prompts.selfWorth.1',
      'prompts.selfWorth.2',
      'prompts.selfWorth.3',
      'prompts.selfWorth.4',
    ],
  },
  {
    id: 'people',
    moment: 'prompts.people',
    prompts: ['prompts.people.1', 'prompts.people.2', 'prompts.people.3'],
  },
  {
    id: 'good-day',
    moment: 'prompts.goodDay',
    prompts: ['prompts.goodDay.1', 'prompts.goodDay.2', 'prompts.goodDay.3'],
  },
];
