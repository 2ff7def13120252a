import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../components/overlay/FindingCard.tsx';
import { GUIDE } from '../../utils/analysis/rule.ts';
import { translator } from '../../utils/i18n.ts';
import { templateById } from '../../utils/templates/catalog.ts';

const findings = [
  {
    key: 'vague-need@some help',
    ruleId: 'vague-need',
    kind: 'pitfall',
    severity: 'warning' as const,
    message: { en: 'Asks for help without naming a resource.', zh: '只说“帮忙”，没有说清资源。' },
    guidance: '资源协商 6 · 准备不足',
    fixId: 'need.quantified',
  },
  {
    key: 'thanks@',
    ruleId: 'thanks',
    kind: 'element',
    severity: 'info' as const,
    message: { en: 'No thanks.', zh: '没有致谢。' },
    guidance: '资源协商 4 · 确认并致谢',
    fixId: undefined,
  },
];

function setup(lang: 'en' | 'zh' = 'en') {
  const props = {
    t: translator(lang),
    lang,
    findings,
    score: 35,
    anchor: { x: 900, y: 700, w: 24, h: 24 },
    view: { w: 1280, h: 800 },
    template: (f: (typeof findings)[number]) => (f.fixId ? templateById(f.fixId) : undefined),
    preview: () => 'Specifically, we need one designer for 3 days.',
    onFix: vi.fn(),
    onIgnore: vi.fn(),
    onDisable: vi.fn(),
    onOpenPanel: vi.fn(),
    onClose: vi.fn(),
  };
  render(<FindingCard {...props} />);
  return props;
}

describe('FindingCard', () => {
  it('is a labelled dialog that says what is wrong, why (the guidance) and the readiness', () => {
    setup();
    const dialog = screen.getByRole('dialog', { name: 'AskWell · request check' });
    expect(dialog.textContent).toContain('Asks for help without naming a resource.');
    expect(dialog.textContent).toContain('Guidance: 资源协商 6 · 准备不足');
    expect(dialog.textContent).toContain('Readiness 35/100');
  });

  it('cites the guidance in English for an English UI and as written for a Chinese one', () => {
    const cite = (lang: 'en' | 'zh') => {
      const f = { ...findings[0]!, guidance: GUIDE.pitfallPrep };
      const { unmount } = render(
        <FindingCard
          t={translator(lang)}
          lang={lang}
          findings={[f]}
          score={35}
          anchor={{ x: 900, y: 700, w: 24, h: 24 }}
          view={{ w: 1280, h: 800 }}
          template={() => undefined}
          preview={() => ''}
          onFix={vi.fn()}
          onIgnore={vi.fn()}
          onDisable={vi.fn()}
          onOpenPanel={vi.fn()}
          onClose={vi.fn()}
        />,
      );
      const text = document.querySelector('.aw-cite')!.textContent;
      unmount();
      return text;
    };
    expect(cite('en')).toContain('Resource negotiation §6, pitfalls: not prepared (准备不足)');
    expect(cite('zh')).toContain(GUIDE.pitfallPrep);
  });

  it('labels each finding with its level, in the user’s language', () => {
    setup();
    expect([...document.querySelectorAll('.aw-item .aw-level')].map((e) => e.textContent)).toEqual(['Warning', 'Suggestion']);
    expect(document.querySelector('[data-rule="thanks"]')!.getAttribute('data-severity')).toBe('info');
  });

  it('labels a finding’s level in Chinese for a Chinese UI', () => {
    setup('zh');
    expect([...document.querySelectorAll('.aw-item .aw-level')].map((e) => e.textContent)).toEqual(['警告', '建议']);
  });

  it('offers the fix as a button with data-fix and a preview of the words', () => {
    const p = setup();
    const fix = document.querySelector('[data-fix="need.quantified"]') as HTMLButtonElement;
    expect(fix.textContent).toContain('Insert: Say exactly what you need');
    expect(fix.textContent).toContain('one designer for 3 days');
    fireEvent.click(fix);
    expect(p.onFix).toHaveBeenCalledWith(findings[0]);
    // A finding with no template has no fix button.
    expect(document.querySelectorAll('[data-fix]')).toHaveLength(1);
  });

  it('ignore, turn off, open the checklist and close each call their action', () => {
    const p = setup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Ignore here' })[1]!);
    expect(p.onIgnore).toHaveBeenCalledWith(findings[1]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Turn this rule off' })[0]!);
    expect(p.onDisable).toHaveBeenCalledWith(findings[0]);
    fireEvent.click(screen.getByRole('button', { name: 'Open the checklist' }));
    expect(p.onOpenPanel).toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(p.onClose).toHaveBeenCalled();
  });

  it('takes focus when it opens (the user opened it), on its first button', () => {
    setup();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('speaks Chinese for a Chinese UI', () => {
    setup('zh');
    expect(screen.getByRole('dialog').textContent).toContain('只说“帮忙”，没有说清资源。');
    expect(screen.getAllByRole('button', { name: '此处忽略' })).toHaveLength(2);
  });

  it('in a short viewport (an editor in a small iframe) takes its whole height and scrolls inside', () => {
    render(
      <FindingCard
        t={translator('en')}
        lang="en"
        findings={findings}
        score={10}
        anchor={{ x: 500, y: 150, w: 24, h: 24 }}
        view={{ w: 600, h: 200 }}
        template={() => undefined}
        preview={() => ''}
        onFix={() => {}}
        onIgnore={() => {}}
        onDisable={() => {}}
        onOpenPanel={() => {}}
        onClose={() => {}}
      />,
    );
    const style = (screen.getAllByRole('dialog').at(-1) as HTMLElement).style;
    expect(style.top).toBe('8px');
    expect(style.maxHeight).toBe('184px');
  });

  it('opens above a badge low in the viewport, and stays inside it', () => {
    setup();
    const style = (screen.getByRole('dialog') as HTMLElement).style;
    expect(style.bottom).toBe('106px');
    expect(parseFloat(style.left) + 340).toBeLessThanOrEqual(1280);
  });
});
