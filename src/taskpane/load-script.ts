/**
 * A script of the pane's own, served beside it (same origin, as the Content Security Policy allows), that sets
 * `global` when it runs: loaded once; a failed load rejects with `failure` and may be tried again.
 */
export function loadScript<T>(src: string, global: string, failure: string): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  if (g[global]) return Promise.resolve(g[global] as T);
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    const fail = () => (script.remove(), reject(new Error(failure)));
    script.onload = () => (g[global] ? resolve(g[global] as T) : fail());
    script.onerror = fail;
    document.head.appendChild(script);
  });
}
