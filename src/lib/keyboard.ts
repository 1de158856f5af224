/** Whether a key press is the reader typing (a form field, editable text): shortcuts leave those alone. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.isContentEditable)
  );
}

/** A key pressed on its own (Shift aside, which "?" needs), outside any field and any open dialog. */
export function isShortcut(event: KeyboardEvent): boolean {
  return (
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    !event.defaultPrevented &&
    !isTyping(event.target) &&
    !document.querySelector('dialog[open]')
  );
}
