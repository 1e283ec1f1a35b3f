import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../src/core/security-policy.ts';

const none = { images: { origins: [] } };
const frameSrc = (policy: string) => /(?:^|; )frame-src ([^;]*)/.exec(policy)?.[1];

describe('frames in the security policy follow videos.providers', () => {
  it("allows no frame at all on a site without videos", () => {
    expect(frameSrc(contentSecurityPolicy(none))).toBe("'none'");
    expect(frameSrc(contentSecurityPolicy({ ...none, videos: { providers: [] } }))).toBe("'none'");
  });

  it.each([
    [['youtube'], 'https://www.youtube-nocookie.com'],
    [['vimeo'], 'https://player.vimeo.com'],
    [['youtube', 'vimeo'], 'https://www.youtube-nocookie.com https://player.vimeo.com'],
  ] as const)('allows the players of %j and nothing else', (providers, sources) => {
    expect(frameSrc(contentSecurityPolicy({ ...none, videos: { providers: [...providers] } }))).toBe(sources);
  });

  it('puts the same frame-src into the header and the meta policy', () => {
    const settings = { ...none, videos: { providers: ['vimeo' as const] } };
    expect(frameSrc(metaContentSecurityPolicy(settings))).toBe('https://player.vimeo.com');
    expect(metaContentSecurityPolicy(settings)).toBe(contentSecurityPolicy(settings).replace("; frame-ancestors 'none'", ''));
  });

  it.each([
    ['a directive', "youtube; script-src 'unsafe-inline'"],
    ['a source', 'youtube https://evil.example'],
    ['an origin', 'https://evil.example'],
    ['a name the product does not know', 'dailymotion'],
    ['an inherited property name', 'constructor'],
  ])('refuses a provider carrying %s, should one slip past site.yaml', (_name, provider) => {
    // The schema allows only known names; this holds for settings that never went through it.
    const settings = { ...none, videos: { providers: [provider] } } as unknown as Parameters<typeof contentSecurityPolicy>[0];
    expect(() => contentSecurityPolicy(settings)).toThrow(/refusing to put the video provider .* into the Content-Security-Policy/);
  });
});

describe('the ask endpoint in the security policy', () => {
  const directive = (policy: string, name: string) => new RegExp(`(?:^|; )${name} ([^;]*)`).exec(policy)?.[1];

  it('lets pages send to and post forms to the ask endpoint’s origin, and nowhere else', () => {
    const policy = contentSecurityPolicy({ ...none, ask: { endpoint: 'https://forms.example.com:8443/f/ask?site=help', netlify: false } });
    expect(directive(policy, 'connect-src')).toBe("'self' https://forms.example.com:8443");
    expect(directive(policy, 'form-action')).toBe("'self' https://forms.example.com:8443");
    expect(directive(metaContentSecurityPolicy({ ...none, ask: { endpoint: 'https://forms.example.com/f/ask', netlify: false } }), 'form-action')).toBe("'self' https://forms.example.com");
  });

  it('names a shared origin of the feedback and ask endpoints once', () => {
    const policy = contentSecurityPolicy({ ...none, feedback: { endpoint: 'https://forms.example.com/f/events' }, ask: { endpoint: 'https://forms.example.com/f/ask', netlify: false } });
    expect(directive(policy, 'connect-src')).toBe("'self' https://forms.example.com");
  });

  it('keeps forms on the site itself without an ask endpoint', () => {
    expect(directive(contentSecurityPolicy({ ...none, ask: { netlify: true } }), 'form-action')).toBe("'self'");
  });

  it.each([
    ['another scheme', 'javascript:alert(1)'],
    ['plain http', 'http://x.example/f'],
  ])('refuses an ask endpoint carrying %s, should one slip past site.yaml', (_name, endpoint) => {
    expect(() => contentSecurityPolicy({ ...none, ask: { endpoint, netlify: false } })).toThrow(/refusing to put .* into the Content-Security-Policy/);
  });
});
