/**
 * Facilitators' Markdown to HTML, for drafters, exports and the public
 * outcome page. markdown-it with `html: false` escapes every tag typed
 * (a `<script>` arrives as text), and its link check refuses
 * `javascript:`, `vbscript:`, `file:` and most `data:` URLs, so the output
 * is safe to put in a page as is. `linkify: false`: a bare address in a
 * synthesis stays text rather than becoming a link nobody chose to make.
 */
import MarkdownIt from "markdown-it";
import type { SynthesisSections } from "./synthesis-body.server";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

export function renderSections(sections: SynthesisSections): SynthesisSections {
  return { said: renderMarkdown(sections.said), change: renderMarkdown(sections.change), emerging: renderMarkdown(sections.emerging) };
}
