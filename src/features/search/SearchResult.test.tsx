// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../search/search-document';
import { SearchClient } from './engine-client';
import type { EngineCall, EnginePort } from './engine-protocol';
import { SearchResult } from './SearchResult';

const terms = { districts: [{ slug: 'xicheng', name: '西城区' }], themes: [] };

/** A client whose worker knows only the index's names, all a result needs of it. */
const channel = new MessageChannel();
channel.port2.onmessage = ({ data }: MessageEvent<EngineCall>) =>
  channel.port2.postMessage({ id: data.id, value: { documentCount: 2, terms } });
const engine = await SearchClient.connect(channel.port1 as unknown as EnginePort);
afterAll(() => channel.port1.close());

const plain: SearchDocument = {
  id: 'p-1',
  title: '工会开展职工书屋活动',
  date: '2023-03-08',
  pageNumber: 4,
  districts: ['xicheng'],
  themes: [],
  credits: ['陈曦'],
  paragraphs: ['近日，西城区总工会组织职工开展读书活动。'],
};

const variants = (format: string) =>
  [320, 480].map((width) => ({ path: `photos/2023/03/08/p-2-1-${width}.0123456789.${format}`, width }));
const withPhoto: SearchDocument = {
  ...plain,
  id: 'p-2',
  title: '公交女职工享“甜蜜”关爱',
  thumbnail: {
    width: 1800,
    height: 2400,
    colour: '#405060',
    avif: variants('avif'),
    webp: variants('webp'),
    jpeg: variants('jpg'),
  },
};

describe('SearchResult', () => {
  it("shows the article's photo small, lazily, in the list card's fixed box, with no text of its own", () => {
    const { container } = render(<SearchResult document={withPhoto} terms={['甜蜜']} engine={engine} />);
    const result = screen.getByRole('article');
    const image = result.querySelector('img');
    expect(image?.getAttribute('alt')).toBe('');
    expect(image?.getAttribute('loading')).toBe('lazy');
    expect(image?.getAttribute('src')).toBe('/photos/2023/03/08/p-2-1-320.0123456789.jpg');
    expect(image?.closest('span')?.className).toMatch(/\bh-18\b.*\bw-24\b/);
    expect(container.querySelector('rect')?.getAttribute('fill')).toBe('#405060');
    expect(result.querySelector('mark')?.textContent).toBe('甜蜜');
  });

  it('shows no picture for an article without photos', () => {
    const { container } = render(<SearchResult document={plain} terms={['书屋']} engine={engine} />);
    expect(screen.getByRole('article').textContent).toContain('西城区');
    expect(container.querySelector('picture, img, svg')).toBeNull();
  });
});
