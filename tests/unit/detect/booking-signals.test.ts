// Booking links as detection signals: a therapy practice's "Schedule 15-Min Call", a template's bare
// "Book" link (weaker: shops and travel sites say "Book" too).
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../cli/parse-html';
import { gather } from '../../../utils/gather';
import { detect } from '../../../utils/detect';

const detection = (html: string, url = 'https://clinic.example/blog/post.html') => detect(gather(parseHtml(html, url), { url }));

describe('booking links in detection', () => {
  it('"Schedule 15-Min Call" counts as a booking link', () => {
    const d = detection(`<html lang="en"><head><title>Adult ADHD or anxiety? | Next Chapter Therapy</title><meta property="og:type" content="article"><meta property="article:published_time" content="2025-11-19"></head>
      <body><main><article><h1>Adult ADHD or anxiety?</h1><p>Both can make it hard to focus. Anxiety pulls attention toward worry; ADHD makes attention hard to hold. A therapist can help you tell them apart with an assessment, and therapy for anxiety or ADHD coaching can help.</p>
      <p><a href="/contact.html">Schedule 15-Min Call</a></p></article></main></body></html>`);
    expect(d.signals.some((s) => s.startsWith('booking-links'))).toBe(true);
  });

  it('a bare "Book" link in a clinic template adds a little; alone on a news page it does not make a clinic', () => {
    const clinic = detection(`<html lang="en"><head><title>Control and efficiency: Sydney Health Physiotherapy</title></head><body><main><h1>Control and efficiency</h1><p>Good movement is about control. Our physiotherapists assess how you move and build a program for you.</p></main>
      <footer><p>Phone: (02) 8197-3388</p><a href="#">Book</a></footer></body></html>`);
    expect(clinic.signals).toContain('bare-booking-links:1');
    const news = detection(`<html lang="en"><head><title>Travel deals this winter | City News</title></head><body><main><h1>Travel deals</h1><p>Airlines cut fares for January. Hotels in the city centre are offering a third night free.</p></main><footer><a href="/travel">Book</a></footer></body></html>`, 'https://news.example/travel/deals');
    expect(news.kind).toBe('other');
  });
});
