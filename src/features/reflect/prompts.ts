/** Journaling prompts, grouped by the moment they are meant for. Plain data; no rules. */

export interface PromptGroup {
  id: string;
  moment: string;
  prompts: readonly string[];
}

export const PROMPT_GROUPS: readonly PromptGroup[] = [
  {
    id: 'after-contact',
    moment: 'After contact',
    prompts: [
      'What happened when we were in touch? Write it down plainly, as if for a friend.',
      'How did my body feel before, during and after?',
      'What did I hope would happen, and what actually happened?',
      'What do I need right now to feel a little steadier?',
    ],
  },
  {
    id: 'longing',
    moment: 'When I long to go back',
    prompts: [
      'What exactly am I missing right now: the person, or a feeling I had at the best moments?',
      'What would I tell a dear friend who felt this pull?',
      'What happened the last time I went back?',
      'This feeling is strong, and it will pass. What can I do for the next hour?',
    ],
  },
  {
    id: 'boundary',
    moment: 'Setting a boundary',
    prompts: [
      'What limit do I want to set, in one simple sentence?',
      'What am I protecting when I keep this boundary?',
      'What might get in the way, and what will I do if it does?',
      'How did it feel to hold a boundary, even a small one?',
    ],
  },
  {
    id: 'grief',
    moment: 'Grief',
    prompts: [
      'What am I grieving today: the person, the hopes, the time, or the future I imagined?',
      'Can I let myself miss the good parts without forgetting the hard ones?',
      'What would comfort look like today, in a small way?',
    ],
  },
  {
    id: 'self-worth',
    moment: 'Self-worth',
    prompts: [
      'Three things I did today that took courage, however small.',
      'Something I used to love doing before this relationship. Could I try it again?',
      'What would I say to myself if I spoke to me the way I speak to someone I love?',
      'What do I want, just for me?',
    ],
  },
  {
    id: 'people',
    moment: 'Reconnecting with people',
    prompts: [
      'Who made me feel safe and like myself? How could I reach out, even a little?',
      'Is there a group, class or place where I could meet people gently?',
      'What would I like someone I trust to know about how I am?',
    ],
  },
  {
    id: 'good-day',
    moment: 'On a good day',
    prompts: [
      'What made today good? I want to remember it.',
      'What did I choose today, freely, for myself?',
      'What helped me feel calm or strong today, so I can find it again?',
    ],
  },
];
