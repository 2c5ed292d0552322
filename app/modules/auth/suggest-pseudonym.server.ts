import { pseudonymWords } from "./common-passphrases.server";

function pick<T>(items: readonly T[]): T {
  const index = new Uint32Array(1);
  crypto.getRandomValues(index);
  return items[(index[0] ?? 0) % items.length] as T;
}

/** A suggestion like "quiet-harbor-73": easy to remember, says nothing about the person. */
export function suggestPseudonym(): string {
  const words = pseudonymWords().filter((word) => word.length >= 4 && word.length <= 8);
  const number = new Uint32Array(1);
  crypto.getRandomValues(number);
  return `${pick(words)}-${pick(words)}-${10 + ((number[0] ?? 0) % 90)}`;
}
