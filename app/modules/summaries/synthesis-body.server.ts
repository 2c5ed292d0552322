/**
 * A synthesis version's text at rest: JSON {said, change, emerging}
 * (Markdown) encrypted under a data key of its own, wrapped by the master
 * key with themeSynthesisKeyContext(id) so key rotation re-wraps it and a
 * body copied to another row fails to decrypt.
 */
import { decryptText, encryptText, newDataKey, unwrapDataKey, wrapDataKey } from "~/modules/crypto/envelope.server";
import { getMasterKeyRing } from "~/modules/crypto/keys.server";
import { themeSynthesisKeyContext } from "~/modules/crypto/rotate-master-key.server";

export type SynthesisSections = { said: string; change: string; emerging: string };

export const emptySections: SynthesisSections = { said: "", change: "", emerging: "" };

export function sealSynthesisBody(id: string, sections: SynthesisSections): { bodyCipher: string; wrappedKey: string } {
  const dataKey = newDataKey();
  const context = themeSynthesisKeyContext(id);
  const body = JSON.stringify({ said: sections.said, change: sections.change, emerging: sections.emerging });
  return { wrappedKey: wrapDataKey(dataKey, getMasterKeyRing(), context), bodyCipher: encryptText(dataKey, body, context) };
}

export function openSynthesisBody(row: { id: string; bodyCipher: string; wrappedKey: string }): SynthesisSections {
  const context = themeSynthesisKeyContext(row.id);
  const dataKey = unwrapDataKey(row.wrappedKey, getMasterKeyRing(), context);
  const parsed: unknown = JSON.parse(decryptText(dataKey, row.bodyCipher, context));
  const read = (name: keyof SynthesisSections) => {
    const value = parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>)[name] : undefined;
    return typeof value === "string" ? value : "";
  };
  return { said: read("said"), change: read("change"), emerging: read("emerging") };
}
