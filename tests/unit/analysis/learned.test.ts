import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis/index.ts';
import { useModels } from '../../../utils/analysis/learned/index.ts';
import { gramIndex, sentenceGrams } from '../../../utils/analysis/learned/grams.ts';
import { MODELS } from '../../../utils/analysis/learned/weights.ts';
import { normalize } from '../../../utils/analysis/normalize.ts';

const NOW = new Date(2026, 10, 23, 9);
const RULES_ALONE = { reciprocity: null };

afterEach(() => useModels(undefined));

describe('learned grams', () => {
  it('reads traditional and simplified text alike once normalised', () => {
    expect([...sentenceGrams(normalize('請借我們兩台機器'))]).toEqual([...sentenceGrams(normalize('请借我们两台机器'))]);
  });

  it('folds a digit inside a Han run, so 2人 and 3人 share their grams', () => {
    expect([...sentenceGrams('借2人')]).toEqual([...sentenceGrams('借3人')]);
    expect([...sentenceGrams('借2人')]).not.toEqual([...sentenceGrams('借3台')]);
  });

  it('gives Latin text word and word-pair grams, numbers folded', () => {
    expect(sentenceGrams('lend us two').length).toBe(6);
    expect([...sentenceGrams('for 3 weeks')]).toEqual([...sentenceGrams('for 12 weeks')]);
    expect([...sentenceGrams('we cover it')]).not.toEqual([...sentenceGrams('we cover you')]);
  });

  it('gives nothing for text with neither Han nor Latin letters', () => {
    expect(sentenceGrams('!!! ... 🙂').length).toBe(0);
  });

  it('indexes a gram differently per region and within the model size', () => {
    const [h] = sentenceGrams('offer');
    expect(gramIndex(h!, 0, 16)).not.toBe(gramIndex(h!, 2, 16));
    for (let r = 0; r < 3; r++) expect(gramIndex(h!, r, 16)).toBeLessThan(1 << 16);
  });
});

describe('learned readings', () => {
  it('stores one int8 weight per index, for the offer only', () => {
    expect(Object.keys(MODELS)).toEqual(['reciprocity']);
    const m = MODELS.reciprocity!;
    expect(atob(m.weights).length).toBe(1 << m.bits);
    expect(m.threshold).toBeGreaterThan(0);
    expect(m.threshold).toBeLessThan(1);
  });

  it.each([
    '王姐，下周二我们仓库要盘点，人手差两个。能不能借你们组两个人一天？盘完那天的午饭我们管，下个月你们盘点我们也派人过去。',
    '能不能把登录超时的修复合进 2.3 分支，下周三前出个小版本？我们客户那边还在用 2.3，每天都有人投诉。补丁的 PR 我来提，回归用例我也一起补上。',
  ])('finds an offer no rule shape reads, and marks it learned: %s', (text) => {
    useModels(RULES_ALONE);
    expect(analyze(text, { now: NOW }).elements.reciprocity.present).toBe(false);
    useModels(undefined);
    const rec = analyze(text, { now: NOW }).elements.reciprocity;
    expect(rec.present).toBe(true);
    expect(rec.learned).toBe(true);
    expect(rec.offer.spans).toHaveLength(1);
    const span = rec.offer.spans[0]!;
    // The span is a whole sentence of the text.
    expect(text.slice(span.start, span.end).length).toBeGreaterThan(5);
  });

  it('never removes a move the rules found, and leaves it unmarked', () => {
    const text = 'Hi Tom, the tour group arrives at noon on Saturday. Could one of your porters help with luggage from 11 to 2? We will cover his Sunday morning shift in return.';
    useModels(RULES_ALONE);
    const alone = analyze(text, { now: NOW }).elements.reciprocity;
    useModels(undefined);
    const both = analyze(text, { now: NOW }).elements.reciprocity;
    expect(alone.present).toBe(true);
    expect(both).toEqual(alone);
    expect(both.learned).toBeUndefined();
  });

  it('is not consulted on a message of one or two sentences, too few grams to read a move from', () => {
    // A model that reads every message as making an offer: only the sentence count decides.
    const eager = { bias: 10, scale: 1, threshold: 0.5, weights: new Int8Array(1 << 14).fill(1) };
    useModels({ reciprocity: eager });
    const two = 'Could you send the Q3 churn numbers by Friday? We need them for the board deck.';
    const three = `${two} We will walk your team through the board deck on Monday afternoon.`;
    expect(analyze(two, { now: NOW }).elements.reciprocity.present).toBe(false);
    expect(analyze(three, { now: NOW }).elements.reciprocity.learned).toBe(true);
    // The opening's goal is the rules' alone: no learned reading of it is made.
    expect(analyze(three, { now: NOW }).elements.sharedGoal).toEqual({ present: false, spans: [], opening: false });
  });

  it('does not read an offer where the sentence it weighs most asks, questions or is not the writer speaking', () => {
    const eager = { bias: 10, scale: 1, threshold: 0.5, weights: new Int8Array(1 << 14).fill(1) };
    useModels({ reciprocity: eager });
    // The longest sentence weighs most under a model whose every weight is 1.
    const asks = 'Hi Ana. The board meets on Monday. Could your analysts send us the full Q3 churn breakdown by region before Friday noon?';
    const background = 'Hi Ana. The board meets on Monday. Last quarter the churn breakdown by region arrived two days after the board had already met.';
    const ours = 'Hi Ana. The board meets on Monday. Our analysts will pull the churn breakdown by region for both of our teams before Friday noon.';
    expect(analyze(asks, { now: NOW }).elements.reciprocity.present).toBe(false);
    expect(analyze(background, { now: NOW }).elements.reciprocity.present).toBe(false);
    const rec = analyze(ours, { now: NOW }).elements.reciprocity;
    expect(rec.learned).toBe(true);
    expect(ours.slice(rec.offer.spans[0]!.start, rec.offer.spans[0]!.end)).toMatch(/^Our analysts will pull/);
  });

  it('reads nothing into an empty or whitespace draft', () => {
    for (const t of ['', '   \n ']) {
      const a = analyze(t, { now: NOW });
      expect(a.elements.sharedGoal.present).toBe(false);
      expect(a.elements.reciprocity.present).toBe(false);
    }
  });

  it('with the models switched off, reads exactly as the rules do', () => {
    const text = '能不能把登录超时的修复合进 2.3 分支，下周三前出个小版本？我们客户那边还在用 2.3，每天都有人投诉。补丁的 PR 我来提，回归用例我也一起补上。';
    useModels(RULES_ALONE);
    const a = analyze(text, { now: NOW });
    expect(a.elements.reciprocity.learned).toBeUndefined();
  });
});

describe('the stored fit', () => {
  it('was fitted on every labelled row in tests/fixtures/requests (npm run fit -- --write after adding a set)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { resolve } = await import('node:path');
    const dir = resolve(import.meta.dirname, '../../fixtures/requests') + '/';
    const rows = readdirSync(dir)
      .filter((f) => f.endsWith('.jsonl'))
      .reduce((n, f) => n + readFileSync(dir + f, 'utf8').split('\n').filter((l) => l.trim()).length, 0);
    const header = readFileSync(resolve(import.meta.dirname, '../../../utils/analysis/learned/weights.ts'), 'utf8');
    expect(header).toContain(`Fitted on ${rows} labelled rows`);
  });
});
