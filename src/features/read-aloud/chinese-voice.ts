import { useSyncExternalStore } from 'react';

const speech = () =>
  typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;

/** A Chinese voice, Mandarin of the mainland first; undefined when the browser has none. */
export function chineseVoice(): SpeechSynthesisVoice | undefined {
  const voices = speech()?.getVoices() ?? [];
  const chinese = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').startsWith('zh'));
  return chinese.find((voice) => /^zh-(cn|hans)/i.test(voice.lang.replace('_', '-'))) ?? chinese[0];
}

// Browsers list their voices late: the list arrives with "voiceschanged".
function subscribe(listener: () => void): () => void {
  const synthesis = speech();
  synthesis?.addEventListener('voiceschanged', listener);
  return () => synthesis?.removeEventListener('voiceschanged', listener);
}

export const useChineseVoice = (): SpeechSynthesisVoice | undefined =>
  useSyncExternalStore(subscribe, chineseVoice, () => undefined);
