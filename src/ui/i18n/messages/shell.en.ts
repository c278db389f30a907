/** English words of app/, ui/ and features/reflect. Spread into en.ts; keys start with 'shell.' or the screen's own prefix. */
import type { Plural } from '../../../lib/i18n/format';

const shellEn = {
  // The top bar and the main views
  'shell.pressShift': {
    one: 'Press Shift once more to leave this page.',
    other: 'Press Shift {count} more times to leave this page.',
  } satisfies Plural,
  'shell.saved': 'Saved',
  'shell.gotIt': 'Got it',
  'shell.loadProblem':
    'Some of your entries could not be opened just now. Nothing has been changed; reloading may help.',

  // A view that could not be opened

  // After a delete

  // Rows that could not be opened
  'damaged.label': 'Some things could not be opened',
  'damaged.settings':
    'Your settings could not be opened, so Keel is using its starting settings for now, including where Quick exit goes and when Keel locks. You can look at them in Settings. The damaged copy is kept as it was, never mixed in.',
  'damaged.items': {
    one: '{count} saved item could not be opened; it may have been damaged on this device. It is kept exactly as it was, and everything else is here.',
    other:
      '{count} saved items could not be opened; they may have been damaged on this device. They are kept exactly as they were, and everything else is here.',
  } satisfies Plural,
  'damaged.backup': 'Making a backup now keeps everything that opened safe.',

  // A new version

  // Settings
  'settings.title': 'Settings',
  'exit.heading': 'Quick exit and tab',
  'exit.intro':
    'Quick exit leaves Keel at once for an ordinary web page and hides the journal. Press the Quick exit button, or Shift three times. Back will not bring Keel back.',
  'exit.page': 'Quick exit page',
  'exit.pageHelp':
    'The page Quick exit opens. Pick one you often look at anyway, like the weather or news, so it looks ordinary. It must start with https://',
  'exit.save': 'Save exit page',
  'exit.notAddress': 'This does not look like a web address. It should start with https://',
  'exit.notHttps': 'Please use an address that starts with https:// so the page opens safely.',
  'exit.credentials': 'Please use an address without a name or password in it.',
  'exit.sameSite': 'Quick exit needs to go to a different site from this one.',
  'exit.tab': 'Tab title and icon',
  'exit.tabHint':
    'What the browser tab shows, even while Keel is locked. The address bar and history still show this site’s address.',
  'exit.stayingSafe': 'Staying safe on this device',
  'disguise.Notes': 'Notes',
  'disguise.Calendar': 'Calendar',
  'disguise.Weather': 'Weather',
  'disguise.Recipes': 'Recipes',

  // Storage on this device
  'storage.heading': 'Storage on this device',
  'storage.mayBeCleared':
    'This browser has not promised to keep Keel’s storage. Some browsers, Safari among them, clear what a site stored after some days without a visit, unless it is added to the home screen; others clear it when space runs low. Adding Keel to your home screen helps, and a backup kept somewhere safe protects your journal either way.',
  'storage.kept':
    'This browser has agreed to keep Keel’s storage. It will not clear your journal to make room, even when space runs low.',
  'storage.unknown':
    'This browser does not say whether it will keep Keel’s storage. A backup kept somewhere safe protects your journal either way.',
  'storage.noUsage': 'This browser does not say how much space Keel uses.',
  'storage.used': 'Keel uses about {used} on this device, with the app’s own files.',
  'storage.usedOfQuota':
    'Keel uses about {used} on this device, with the app’s own files. The browser allows up to about {quota}.',
  'storage.checking': 'Checking…',
  'storage.ask': 'Ask the browser to keep it',
  'storage.granted': 'The browser will keep Keel’s storage.',
  'storage.notNow':
    'The browser said not now. Browsers decide this themselves, often by how much a site is used; adding Keel to the home screen can help.',
  'storage.offline':
    'Keel works without a network, and nothing you write leaves this device. Version {version}.',
  'storage.noMedia': 'No photos or voice notes are kept yet.',
  'storage.media': {
    one: 'Of that, {count} photo or voice note takes about {size}.',
    other: 'Of that, {count} photos and voice notes take about {size}.',
  } satisfies Plural,

  // Shared pieces (src/ui)
  'confirm.keepIt': 'Keep it',

  // Reflect
  'reflect.title': 'Reflect',
  'reflect.intro':
    'A quiet place to look at how things are, in your own time. Nothing here is shared, and nothing here is a judgement.',
  'prompts.heading': 'Prompts',
  'prompts.intro':
    'If you are not sure where to start, a question can help. Choose the moment that fits, and write as much or as little as you like.',
  'prompts.write': 'Write with this prompt',
  'prompts.afterContact': 'After contact',
  'prompts.afterContact.1':
    'What happened when we were in touch? Write it down plainly, as if for a friend.',
  'prompts.afterContact.2': 'How did my body feel before, during and after?',
  'prompts.afterContact.3': 'What did I hope would happen, and what actually happened?',
  'prompts.afterContact.4': 'What do I need right now to feel a little steadier?',
  'prompts.longing': 'When I long to go back',
  'prompts.longing.1':
    'What exactly am I missing right now: the person, or a feeling I had at the best moments?',
  'prompts.longing.2': 'What would I tell a dear friend who felt this pull?',
  'prompts.longing.3': 'What happened the last time I went back?',
  'prompts.longing.4': 'This feeling is strong, and it will pass. What can I do for the next hour?',
  'prompts.boundary': 'Setting a boundary',
  'prompts.boundary.1': 'What limit do I want to set, in one simple sentence?',
  'prompts.boundary.2': 'What am I protecting when I keep this boundary?',
  'prompts.boundary.3': 'What might get in the way, and what will I do if it does?',
  'prompts.boundary.4': 'How did it feel to hold a boundary, even a small one?',
  'prompts.grief': 'Grief',
  'prompts.grief.1':
    'What am I grieving today: the person, the hopes, the time, or the future I imagined?',
  'prompts.grief.2': 'Can I let myself miss the good parts without forgetting the hard ones?',
  'prompts.grief.3': 'What would comfort look like today, in a small way?',
  'prompts.selfWorth': 'Self-worth',
  'prompts.selfWorth.1': 'Three things I did today that took courage, however small.',
  'prompts.selfWorth.2':
    'Something I used to love doing before this relationship. Could I try it again?',
  'prompts.selfWorth.3':
    'What would I say to myself if I spoke to me the way I speak to someone I love?',
  'prompts.selfWorth.4': 'What do I want, just for me?',
  'prompts.people': 'Reconnecting with people',
  'prompts.people.1':
    'Who made me feel safe and like myself? How could I reach out, even a little?',
  'prompts.people.2': 'Is there a group, class or place where I could meet people gently?',
  'prompts.people.3': 'What would I like someone I trust to know about how I am?',
  'prompts.goodDay': 'On a good day',
  'prompts.goodDay.1': 'What made today good? I want to remember it.',
  'prompts.goodDay.2': 'What did I choose today, freely, for myself?',
  'prompts.goodDay.3': 'What helped me feel calm or strong today, so I can find it again?',

  // The self-check
  'check.heading': 'Check in with yourself',
  'check.intro':
    'These are things many people notice when a relationship hurts them and still pulls them back. Take them slowly, skip any you like. There are no right answers and no score.',
  'check.note':
    'This is for your own reflection. It is not a test and not a diagnosis, and nothing here says what you should do.',
  'check.people': 'People you can talk to',
  'check.openFailed': 'Your earlier check-ins could not be opened just now.',
  'check.saved': 'Check-in saved',
  'check.last': 'Your last check-in was on {date}.',
  'check.sinceBefore': 'Since the one before, on {date}',
  'check.sinceFirst': 'Since your first, on {date}',
  'check.again.hint': 'When you check in again another day, you will see here what has shifted.',
  'check.again': 'Check in again',
  'check.start': 'Start a check-in',
  'check.change': 'Change my last answers',
  'check.form': 'Check-in',
  'check.safety': 'Your safety',
  'check.safetyHint':
    'A few more, about danger. They can be hard to read. “Sometimes” can mean it happened once, and once matters. Skip any you like.',
  'check.save': 'Save check-in',
  'check.cancel': 'Cancel',
  'check.rating.0': 'Not at all',
  'check.rating.1': 'Sometimes',
  'check.rating.2': 'Often',
  'check.change.rating': '({rating})',
  'check.change.ratings': '({from} → {to})',
  'check.same': 'Your answers were the same. Noticing that is worth something too.',
  'check.eased': 'These feel less present now:',
  'check.grown':
    'These feel more present now. Hard stretches happen, and it is good that you noticed:',
  'check.othersSame': {
    one: 'One other stayed the same.',
    other: '{count} others stayed the same.',
  } satisfies Plural,
  'check.noted': 'What you noted',
  'check.notedNone':
    'You did not mark any of these as part of your life just now. Thank you for taking the time to look.',
  'check.inYourWords': 'In your own words, you said:',
  'check.writtenDown':
    'Seeing it written down can be hard. Noticing it is a step, whatever you do next.',
  'check.aboutSafety': 'About your safety',
  'check.safetySaid': {
    one: 'You also said something that people who help others through this take especially seriously. This is not a score or a judgement, and only you know your situation.',
    other:
      'You also said some things that people who help others through this take especially seriously. This is not a score or a judgement, and only you know your situation.',
  } satisfies Plural,
  'check.ifItHelps':
    'If it helps, your safety plan is a quiet place to think through what you would do, and the people in Resources can talk it through with you in confidence. If you are in danger right now, call your local emergency number.',
  'check.openPlan': 'Open your safety plan',
  'check.seeResources': 'See Resources',

  // The self-check's statements (ids are stored: see reflect/signs.ts)
  'sign.s01': 'I feel unable to leave, even though I know it hurts me.',
  'sign.s02': 'I plan my days around not upsetting them.',
  'sign.s03': 'I feel on edge, watchful, when they are near.',
  'sign.s04': 'I find myself explaining away or defending how they treat me.',
  'sign.s05': 'I keep what happens from friends or family.',
  'sign.s06': 'I feel it is up to me to fix them, or to fix us.',
  'sign.s07': 'I blame myself when things go wrong between us.',
  'sign.s08': 'I have drifted from people I care about, or they from me.',
  'sign.s09': 'I feel only this person can give me what I need.',
  'sign.s10': 'Being without them feels like a craving I can’t shake.',
  'sign.s11': 'A small kindness from them can make me feel overjoyed.',
  'sign.s12': 'Things between us swing from very good to very bad.',
  'sign.s13': 'I have been lied to again and again.',
  'sign.s14': 'I have lost touch with what I want and who I am.',
  'sign.s15': 'My own limits keep getting pushed aside.',
  'sign.s16': 'People who care about me have said they are worried.',
  'sign.s17': 'They have threatened to kill me, or someone close to me.',
  'sign.s17.safety':
    'A threat to kill is taken very seriously by people who help, even when it was said in anger or taken back later.',
  'sign.s18': 'They have put their hands on my neck, choked or strangled me.',
  'sign.s18.safety':
    'Being choked or strangled, even once and even with no marks left, is one of the clearest warnings advocates know. A doctor can check for harm that does not show.',
  'sign.s19': 'They have a gun or another weapon, or have threatened me with one.',
  'sign.s19.safety': 'A weapon close at hand makes any moment of anger more dangerous.',
  'sign.s20': 'They follow me, watch me, or turn up where I am without being asked.',
  'sign.s20.safety':
    'Being followed, watched or turned up on is serious, and it often grows. Writing down each time, with the date, can help later.',
  'sign.s21': 'What they do to me is getting worse, or happening more often.',
  'sign.s21.safety':
    'When harm comes more often or grows heavier, that change matters, and it is worth talking through with someone who knows about this.',
  'sign.s22': 'They have threatened to end their own life, for example if I leave.',
  'sign.s22.safety':
    'A threat to end their own life is serious, and it can be a way of holding someone in place. Their safety is not yours to carry alone.',
  'sign.s23': 'They have hurt or threatened my children or my pets.',
  'sign.s23.safety':
    'Harm or threats to children or pets are taken very seriously, and advocates can help think about their safety too.',

  // Gentle notes
  'reframe.settingHeading': 'Gentle notes',
  'reframe.settingLabel': 'Offer a gentle note after I save an entry',
  'reframe.settingAsk':
    'Keel will ask you the first time it notices a line of self-blame or of excusing harm.',
  'reframe.settingHint':
    'When an entry holds a line of self-blame or of excusing harm, a short note can appear beside it with a kinder way to put it. It is worked out on this device only.',
  'reframe.askHeading': 'A gentle note, if you would like one',
  'reframe.askText':
    'Sometimes Keel can notice a line where you might be taking the blame for what someone else did, or explaining their harm away. It can offer a kinder way to put it. This stays on this device, and you can switch it off at any time in Reflect or in Settings.',
  'reframe.yes': 'Yes, show gentle notes',
  'reframe.no': 'No, thank you',
  'reframe.heading': 'A gentle note',
  'reframe.youWrote': 'You wrote: {quote}',
  'reframe.mightBe': 'This might be {phrase}.',
  'reframe.kinder': 'A kinder sentence to try: {kinder}',
  'reframe.harmDays': 'Your own words from harder days are here too.',
  'reframe.readHarm': 'Read my entries about harm ({count})',
  'reframe.harmHint':
    'When you mark an entry with “{tag}”, you can find those days again from here.',
  'reframe.hide': 'Hide this note',
  'reframe.stop': 'Stop showing these notes',
} as const satisfies Record<string, string | Plural>;

export default shellEn;
