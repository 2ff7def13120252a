// The cue kinds, in a fixed order (the scanner's bit k is kind k), and the helpers the lexicon files
// use to write patterns.

export type CueKind =
  | 'ask'
  | 'resource'
  | 'quantity'
  | 'deadline'
  | 'timeRef'
  | 'reason'
  | 'goalShared'
  | 'goalPurpose'
  | 'goalReader'
  | 'goalOrg'
  | 'offer'
  | 'inviteStrong'
  | 'inviteSoft'
  | 'commit'
  | 'schedule'
  | 'nextMarker'
  | 'requestAction'
  | 'thanks'
  | 'vague'
  | 'blame'
  | 'verbal'
  | 'written'
  | 'escalate'
  | 'flatteryStrong'
  | 'flatteryWeak'
  | 'greeting'
  | 'timedAction'
  | 'request'
  | 'role';

export const CUE_KINDS: readonly CueKind[] = [
  'ask',
  'resource',
  'quantity',
  'deadline',
  'timeRef',
  'reason',
  'goalShared',
  'goalPurpose',
  'goalReader',
  'goalOrg',
  'offer',
  'inviteStrong',
  'inviteSoft',
  'commit',
  'schedule',
  'nextMarker',
  'requestAction',
  'thanks',
  'vague',
  'blame',
  'verbal',
  'written',
  'escalate',
  'flatteryStrong',
  'flatteryWeak',
  'timedAction',
  'request',
  'role',
  'greeting',
];

/** The patterns of some cue kinds in one language. */
export type Cues<K extends CueKind> = Record<K, RegExp>;

export const re = (src: string) => new RegExp(src, 'g');
// A group, so that what stands around it (word boundaries W) applies to every alternative.
export const alt = (...xs: string[]) => `(?:${xs.join('|')})`;
