// The built-in phrasing templates, written by us for AskWell in both languages. {field} marks a
// blank the writer fills in; blanks AskWell cannot fill from the draft are shown as [hint] / 【提示】.
import { z } from 'zod';
import { TemplateSchema, type Template } from './schema.ts';

const CATALOG: Template[] = [
  {
    id: 'opening.shared-goal',
    move: 'opening',
    placement: 'opening',
    title: { en: 'Open on a shared goal', zh: '以共同目标开场' },
    body: {
      en: "I'm writing about {project}, which moves a goal our two teams share this quarter.",
      zh: '关于{project}，这件事关系到我们两个团队本季度的共同目标，想和您商量一下。',
    },
  },
  {
    id: 'opening.lead-with-ask',
    move: 'opening',
    placement: 'opening',
    title: { en: 'Put the ask first', zh: '结论先行' },
    body: {
      en: 'The short version: could your team provide {resource} by {date}? Details below.',
      zh: '先说结论：想请您这边在{date}前支持{resource}，具体情况如下。',
    },
  },
  {
    id: 'need.quantified',
    move: 'need',
    placement: 'after-span',
    title: { en: 'Say exactly what you need', zh: '说清具体需求' },
    body: {
      en: 'Specifically, we need {resource} for {duration}, starting {date}.',
      zh: '具体来说，我们需要{resource}，大约{duration}，从{date}开始。',
    },
  },
  {
    id: 'need.reason',
    move: 'need',
    placement: 'after-span',
    title: { en: 'Give the reason', zh: '说明理由' },
    body: {
      en: 'It matters because {reason}.',
      zh: '之所以需要这些，是因为{reason}。',
    },
  },
  {
    id: 'reciprocity.offer',
    move: 'reciprocity',
    placement: 'closing',
    title: { en: 'Offer something in return', zh: '提出回报' },
    body: {
      en: 'In return, we can {offer}. Would that work for you, or is there anything that worries you about it?',
      zh: '作为回报，我们可以{offer}。您看这样是否可行，有没有什么顾虑？',
    },
  },
  {
    id: 'reciprocity.invite-concerns',
    move: 'reciprocity',
    placement: 'closing',
    title: { en: 'Invite their concerns', zh: '邀请对方提出顾虑' },
    body: {
      en: "If this is hard on your side, tell me what gets in the way and we'll adjust the plan together.",
      zh: '如果您那边有困难或顾虑，欢迎直接提出来，我们一起调整方案。',
    },
  },
  {
    id: 'close.next-steps',
    move: 'close',
    placement: 'closing',
    title: { en: 'Close with next steps', zh: '写明下一步' },
    body: {
      en: "If you agree, I'll {myStep} by {date} and confirm the details with {person}.",
      zh: '如果您同意，我会在{date}前{myStep}，并和{person}确认细节。',
    },
  },
  {
    id: 'close.thanks',
    move: 'close',
    placement: 'closing',
    title: { en: 'Thank them', zh: '表示感谢' },
    body: {
      en: 'Thank you for considering this.',
      zh: '感谢您的考虑和支持！',
    },
  },
  {
    id: 'close.written-recap',
    move: 'close',
    placement: 'closing',
    title: { en: 'Confirm in writing', zh: '书面确认' },
    body: {
      en: "So we're on the same page, here is what we agreed: {agreement}. {person} will follow up by {date}. Reply if I got anything wrong.",
      zh: '为免遗漏，把我们约定的内容整理如下：{agreement}；由{person}在{date}前跟进。如有出入，请直接回复指正。',
    },
  },
  {
    id: 'follow-up.thank-you',
    move: 'follow-up',
    placement: 'caret',
    title: { en: 'Thank-you follow-up', zh: '致谢跟进' },
    body: {
      en: 'Hi {recipient},\n\nThank you again for {resource}. It made a real difference: {outcome}. I will keep you posted as {project} moves on, and if your team needs anything from us in return, just say the word.',
      zh: '{recipient}您好，\n\n再次感谢您提供的{resource}，这对我们帮助很大：{outcome}。{project}后续有进展我会及时同步给您；您团队如果有需要我们配合的地方，也请随时告诉我。',
    },
  },
  {
    id: 'follow-up.progress-report',
    move: 'follow-up',
    placement: 'caret',
    title: { en: 'Progress report to the person who helped', zh: '向支持方反馈进展' },
    body: {
      en: 'Hi {recipient},\n\nA quick update on {project}: with {resource} from your team, {outcome}. Next we plan to {myStep} by {date}. Thank you for making this possible.',
      zh: '{recipient}您好，\n\n同步一下{project}的进展：有了您团队提供的{resource}，{outcome}。下一步我们计划在{date}前{myStep}。谢谢您的支持！',
    },
  },
  {
    id: 'follow-up.gentle-reminder',
    move: 'follow-up',
    placement: 'caret',
    title: { en: 'Gentle reminder', zh: '温和提醒' },
    body: {
      en: 'Hi {recipient}, a gentle nudge on {resource}: we had planned it for {date}, and {reason}. If the timing no longer works for you, tell me what would and I will adjust on our side.',
      zh: '{recipient}您好，想跟您确认一下{resource}的进展：我们之前约定在{date}前完成，{reason}。如果时间上有困难，请告诉我合适的安排，我们这边来调整。',
    },
  },
  {
    id: 'follow-up.phased-alternative',
    move: 'follow-up',
    placement: 'caret',
    title: { en: 'Propose a smaller or phased step', zh: '提出分阶段或更小的方案' },
    body: {
      en: 'If {resource} all at once is too much right now, could we start smaller, with {amount} by {date}, and decide on the rest once we see the results? I would rather find a plan that works for both teams.',
      zh: '如果一次性提供{resource}有困难，我们能否先从小范围开始：在{date}前先提供{amount}，看到效果后再商量后续？希望找到对双方都合适的方案。',
    },
  },
];

export const BUILTIN_TEMPLATES: readonly Template[] = z.array(TemplateSchema).parse(CATALOG);

export function templateById(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
