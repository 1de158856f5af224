import { useEffect, useRef, useState } from 'react';
import { articleBlocks } from '../../lib/find-article-blocks';
import { useChineseVoice } from './chinese-voice';
import { SpeechReader } from './reader';

const RATES = [
  { rate: 0.75, label: '慢' },
  { rate: 1, label: '正常' },
  { rate: 1.25, label: '较快' },
  { rate: 1.5, label: '快' },
] as const;

type State = 'stopped' | 'playing' | 'paused';

const buttonClass = 'min-h-11 rounded-full border border-line px-4 text-sm hover:border-accent hover:text-accent';

/**
 * 朗读: a Chinese voice reads the title and every paragraph, marking the one it reads and keeping
 * it in view. Only offered where the browser has a Chinese voice.
 */
export function ReadAloud({ articleId }: { articleId: string }) {
  const voice = useChineseVoice();
  const [state, setState] = useState<State>('stopped');
  const [rate, setRate] = useState(1);
  const reader = useRef<SpeechReader>(undefined);

  // Another article, or leaving the page, ends the reading.
  useEffect(() => () => reader.current?.stop(), [articleId]);

  if (!voice) return null;

  const play = () => {
    reader.current?.stop();
    const blocks = articleBlocks();
    reader.current = new SpeechReader(blocks, voice, { onEnd: () => setState('stopped') }, rate);
    reader.current.start();
  };

  const control = (label: string, act: () => void, next: State) => (
    <button
      type="button"
      onClick={() => {
        act();
        setState(next);
      }}
      className={buttonClass}
    >
      {label}
    </button>
  );

  return (
    <span role="group" aria-label="朗读" className="inline-flex flex-wrap items-center gap-2">
      {state === 'stopped' && control('朗读', play, 'playing')}
      {state === 'playing' && control('暂停', () => reader.current?.pause(), 'paused')}
      {state === 'paused' && control('继续', () => reader.current?.resume(), 'playing')}
      {state !== 'stopped' && control('停止', () => reader.current?.stop(), 'stopped')}
      {/* The speed only while reading: a single button otherwise keeps the row of tools on one line on a phone. */}
      {state !== 'stopped' && (
        <label className="inline-flex items-center gap-1 text-sm text-muted">
          语速
          <select
            value={rate}
            onChange={(event) => {
              const next = Number(event.target.value);
              setRate(next);
              reader.current?.setRate(next);
            }}
            className="min-h-11 rounded-full border border-line bg-surface px-3 text-ink"
          >
            {RATES.map((option) => (
              <option key={option.rate} value={option.rate}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      )}
    </span>
  );
}
