import { Link } from "@remix-run/react";
import { Fragment } from "react";

/**
 * A site path written in brackets, "(/safety)": hosts write these in consent
 * texts and the locales use them too. Only same-site paths (one leading
 * slash, then a letter) qualify, so "(//elsewhere.example)" stays text and
 * no text can link off the site.
 */
const sitePath = /\((\/[a-z][a-z0-9-]*(?:\/[a-z0-9-]+)*)\)/g;

export type TextPiece = { kind: "text"; text: string } | { kind: "path"; path: string };

/** "Read (/safety) first" → text "Read (", path "/safety", text ") first". */
export function splitSitePaths(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let from = 0;
  for (const match of text.matchAll(sitePath)) {
    const path = match[1] ?? "";
    const start = (match.index ?? 0) + 1;
    pieces.push({ kind: "text", text: text.slice(from, start) });
    pieces.push({ kind: "path", path });
    from = start + path.length;
  }
  pieces.push({ kind: "text", text: text.slice(from) });
  return pieces.filter((piece) => piece.kind === "path" || piece.text !== "");
}

/**
 * Text whose "(/path)" mentions are links. The path stays the link's text:
 * it is also the address to remember for coming back later.
 */
export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {splitSitePaths(text).map((piece, index) =>
        piece.kind === "path" ? (
          <Link key={index} to={piece.path} dir="ltr">
            {piece.path}
          </Link>
        ) : (
          <Fragment key={index}>{piece.text}</Fragment>
        ),
      )}
    </>
  );
}
