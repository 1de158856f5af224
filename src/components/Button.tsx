import type { ButtonHTMLAttributes } from 'react';

/** The main action of a place (重新加载, 刷新, 搜索 …), or a quiet one beside it (知道了, 取消). */
export type ButtonLook = 'primary' | 'quiet';

const LOOKS: Record<ButtonLook, string> = {
  primary: 'bg-accent px-5 font-semibold text-accent-ink hover:opacity-90',
  quiet: 'px-3 text-muted hover:text-accent',
};

/** A button's classes, also for a link that looks like one. Every size is at least 44 px high, for a thumb. */
export const buttonClass = (look: ButtonLook = 'primary') =>
  `inline-flex min-h-11 shrink-0 items-center justify-center rounded-full ${LOOKS[look]}`;

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  look?: ButtonLook;
}

export function Button({ look, className, type = 'button', ...button }: ButtonProps) {
  return <button type={type} className={`${buttonClass(look)} ${className ?? ''}`} {...button} />;
}
