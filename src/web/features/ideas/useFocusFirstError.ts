import { useEffect, useRef, useState } from 'react';

/**
 * Puts the cursor on a form's first invalid field once the errors have rendered. The request is
 * a state change committed together with the errors, so the effect never runs before they show.
 */
export function useFocusFirstError<T extends HTMLElement = HTMLFormElement>() {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  return { ref, focusFirstError: () => setRequest((count) => count + 1) };
}
