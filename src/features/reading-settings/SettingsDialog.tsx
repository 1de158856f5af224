import type { ReactNode } from 'react';
import { CloseDialogButton, Dialog } from '../../components/Dialog';
import { LEADINGS, type ReadingSettings, TEXT_SIZES, THEMES, TYPEFACES } from './settings-schema';
import { changeSettings, resetSettings, useReadingSettings } from './settings-store';

interface ChoiceProps<V extends string | number> {
  legend: string;
  name: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: ReactNode }>;
  onChange: (value: V) => void;
}

/** One setting as a row of radio buttons that look like a segmented control. */
function Choice<V extends string | number>({ legend, name, value, options, onChange }: ChoiceProps<V>) {
  return (
    <fieldset className="mt-5 first:mt-0">
      <legend className="text-sm font-semibold text-muted">{legend}</legend>
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={option.value} className="relative">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
              className="peer absolute inset-0 z-10 cursor-pointer opacity-0"
            />
            <span className="inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-full border border-line px-4 peer-checked:border-accent peer-checked:bg-accent peer-checked:font-semibold peer-checked:text-accent-ink peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent hover:border-accent">
              {option.label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const optionsOf = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as Array<[K, string]>).map(([value, label]) => ({ value, label }));
const TEXT_SIZE_OPTIONS = TEXT_SIZES.map((label, index) => ({ value: index, label }));
const TYPEFACE_OPTIONS = optionsOf(TYPEFACES);
const THEME_OPTIONS = optionsOf(THEMES);
const LEADING_OPTIONS = optionsOf(LEADINGS);

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const settings = useReadingSettings();
  /** A setting's value and what changes it, for its row of choices. */
  const bound = <F extends keyof Omit<ReadingSettings, 'version'>>(field: F) => ({
    value: settings[field],
    onChange: (value: ReadingSettings[F]) => changeSettings({ [field]: value }),
  });
  return (
    <Dialog title="阅读设置" onClose={onClose}>
      <Choice legend="字号" name="text-size" options={TEXT_SIZE_OPTIONS} {...bound('textSize')} />
      <Choice legend="字体" name="typeface" options={TYPEFACE_OPTIONS} {...bound('typeface')} />
      <Choice legend="主题" name="theme" options={THEME_OPTIONS} {...bound('theme')} />
      <Choice legend="行距" name="leading" options={LEADING_OPTIONS} {...bound('leading')} />
      <p className="mt-5 text-sm text-muted">设置保存在本机浏览器中，每个页面都会使用。</p>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <button
          type="button"
          onClick={resetSettings}
          className="min-h-11 rounded-full border border-line px-5 hover:border-accent hover:text-accent"
        >
          恢复默认
        </button>
        <CloseDialogButton className="bg-accent px-5 font-semibold text-accent-ink hover:opacity-90">
          完成
        </CloseDialogButton>
      </div>
    </Dialog>
  );
}
