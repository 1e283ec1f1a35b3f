/**
 * On a phone the on-screen keyboard covers the lower half of the screen, so
 * answers appearing under the field being typed in can land out of sight.
 * When `answer` ends below what is visible (the visual viewport: above a
 * keyboard, or a short window), `field` moves to the top of the screen; when
 * it shows already, nothing moves.
 */
export function keepInSightWhileTyping(field: Element, typedIn: Element, answer: Element | null): void {
  const visible = window.visualViewport;
  if (!visible || !answer || document.activeElement !== typedIn) return;
  if (answer.getBoundingClientRect().bottom <= visible.offsetTop + visible.height) return;
  field.scrollIntoView({ block: 'start' });
}
