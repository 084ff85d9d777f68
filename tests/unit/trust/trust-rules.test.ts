import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/audit';

const art = (body: string, h1 = 'Ketamine therapy for depression') =>
  `<!DOCTYPE html><html><head><title>${h1}</title></head><body><main><article><h1>${h1}</h1>${body}</article></main></body></html>`;

describe('[ymyl] trust rules on pages that are not about health', () => {
  const car = art('<p>The new hatchback has 151 PS and a six-speed gearbox. Dealers expect strong sales this year.</p>', 'Nissan hatchback review');
  it.each(['trust/missing-author', 'trust/missing-medical-review', 'trust/missing-disclaimer', 'trust/missing-contact'])('%s stays silent', (id) => {
    expect(findingsOf(id, car)).toEqual([]);
  });
});

describe('trust/missing-author', () => {
  it('says when the author is only in structured data', () => {
    const html = art('<p>Ketamine is used off-label.</p>').replace('</head>', '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Ana Ruiz"}}</script></head>');
    const [f] = findingsOf('trust/missing-author', html);
    expect(f!.message).toMatch(/only in structured data \(Ana Ruiz\)/);
  });
  it('does not run on pages that are not articles', () => {
    expect(findingsOf('trust/missing-author', '<html><body><h1>Ketamine therapy</h1><p>We offer ketamine infusions.</p></body></html>', { url: 'https://clinic.example/services/ketamine' })).toEqual([]);
  });
});

describe('trust/uncited-statistic', () => {
  const id = 'trust/uncited-statistic';
  it('names the authority the figure is attributed to', () => {
    const [f] = findingsOf(id, art('<p>According to the CDC, 20.9% of U.S. adults had chronic pain in 2021.</p>'));
    expect(f!.message).toMatch(/attributed to CDC/);
  });
  it('accepts an academic-style citation and a Source line', () => {
    expect(findingsOf(id, art('<p>About 20.9% of U.S. adults had chronic pain (CDC, 2023).</p>'))).toEqual([]);
    expect(findingsOf(id, art('<p>About 20.9% of U.S. adults had chronic pain.</p><p>Source: <a href="https://www.cdc.gov/mmwr/volumes/72/wr/mm7215a1.htm">CDC MMWR</a></p>'))).toEqual([]);
  });
  it('ignores company facts and prices', () => {
    expect(findingsOf(id, art('<p>Our company employs around 1,300 people worldwide.</p><p>Save 20% on your first infusion.</p>'))).toEqual([]);
  });
});

describe('trust/vague-attribution', () => {
  it('accepts a cited study in the next paragraph of the same section', () => {
    const html = art('<h2>Fiber</h2><p>Studies show that fiber can reduce hunger.</p><p>One trial found fewer cravings (<a href="https://pubmed.ncbi.nlm.nih.gov/1/">PubMed</a>).</p>');
    expect(findingsOf('trust/vague-attribution', html)).toEqual([]);
  });
});

describe('trust/placeholder-contact', () => {
  it('never treats the page’s own domain as a placeholder', () => {
    const html = art('<p>Email <a href="mailto:info@example.com">info@example.com</a>.</p>');
    expect(findingsOf('trust/placeholder-contact', html, { url: 'https://example.com/blog/x' })).toEqual([]);
    expect(findingsOf('trust/placeholder-contact', html)).toHaveLength(1);
  });
});
