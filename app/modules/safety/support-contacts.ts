/**
 * A support service's contact line, as hosts type it ("escucha@x.example ·
 * 000 000 0000"), cut into text, e-mail addresses and phone numbers, so the
 * page can make the last two tappable (mailto:, tel:). Shared by server and
 * browser.
 */

export type ContactPart =
  | { kind: "text"; text: string }
  | { kind: "email"; text: string; href: string }
  | { kind: "phone"; text: string; href: string };

/** ASCII addresses only: anything stranger stays text rather than become a link that may go wrong. */
const email = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`;
/** Digits (Western, Arabic-Indic, Persian) with the separators people write between them. */
const digit = "[0-9\u0660-\u0669\u06F0-\u06F9]";
const phone = String.raw`\+?${digit}(?:[\s().-]*${digit})+`;
const contactPattern = new RegExp(`(${email})|(${phone})`, "gu");

/** Fewer digits than this is a time, an extension or a house number, not a number to call. */
const minimumPhoneDigits = 6;

function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (character) => {
    const code = character.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

export function contactParts(contact: string): ContactPart[] {
  const parts: ContactPart[] = [];
  let text = "";
  let from = 0;
  for (const match of contact.matchAll(contactPattern)) {
    const [found, address, number] = match;
    const at = match.index ?? 0;
    let part: ContactPart | null = null;
    if (address) {
      part = { kind: "email", text: address, href: `mailto:${address}` };
    } else if (number) {
      const digits = westernDigits(number).replace(/[^0-9]/g, "");
      if (digits.length >= minimumPhoneDigits) {
        part = { kind: "phone", text: number, href: `tel:${number.startsWith("+") ? "+" : ""}${digits}` };
      }
    }
    text += contact.slice(from, at);
    from = at + found.length;
    if (part) {
      if (text) parts.push({ kind: "text", text });
      text = "";
      parts.push(part);
    } else {
      text += found;
    }
  }
  text += contact.slice(from);
  if (text) parts.push({ kind: "text", text });
  return parts;
}
