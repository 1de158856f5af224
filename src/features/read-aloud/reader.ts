/** The block being read carries this attribute (styled in styles.css) while its turn lasts. */
export const READING_ATTRIBUTE = 'data-reading';

export interface ReaderEvents {
  onEnd: () => void;
}

/**
 * Reads blocks one utterance at a time, so the one being read can be shown, and a new speed
 * applies from the block being read. Events of an utterance already cancelled are ignored.
 */
export class SpeechReader {
  private current: SpeechSynthesisUtterance | undefined;
  private index = 0;
  private paused = false;

  constructor(
    private readonly blocks: readonly HTMLElement[],
    private readonly voice: SpeechSynthesisVoice,
    private readonly events: ReaderEvents,
    private rate = 1,
  ) {}

  start(from = 0): void {
    this.speak(from);
  }

  /** While playing, the block being read starts again at the new speed; while paused, the next one takes it. */
  setRate(rate: number): void {
    this.rate = rate;
    if (this.current && !this.paused) this.speak(this.index);
  }

  pause(): void {
    this.paused = true;
    window.speechSynthesis.pause();
  }

  resume(): void {
    this.paused = false;
    window.speechSynthesis.resume();
  }

  stop(): void {
    this.current = undefined;
    window.speechSynthesis.cancel();
    this.mark(undefined);
  }

  private speak(index: number): void {
    window.speechSynthesis.cancel();
    const block = this.blocks[index];
    if (!block) {
      this.stop();
      this.events.onEnd();
      return;
    }
    this.index = index;
    const utterance = new SpeechSynthesisUtterance(block.textContent ?? '');
    utterance.voice = this.voice;
    utterance.lang = this.voice.lang;
    utterance.rate = this.rate;
    utterance.onend = () => utterance === this.current && this.speak(index + 1);
    utterance.onerror = () => utterance === this.current && this.speak(index + 1);
    this.current = utterance;
    this.mark(block);
    window.speechSynthesis.speak(utterance);
  }

  private mark(block: HTMLElement | undefined): void {
    for (const element of this.blocks) element.removeAttribute(READING_ATTRIBUTE);
    if (!block) return;
    block.setAttribute(READING_ATTRIBUTE, '');
    block.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
