/**
 * Where text breaks on screen: ranges over the text nodes of a shadow root,
 * and the lines (client rects) they occupy. Shared by the widgets' layout tests.
 */

/** Ranges over every occurrence of `needle` in the text nodes under `root`. */
export function textRanges(root: Node, needle: string): Range[] {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = node.nodeValue ?? '';
    for (let at = data.indexOf(needle); at !== -1; at = data.indexOf(needle, at + 1)) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      ranges.push(range);
    }
  }
  return ranges;
}

/** How many lines `range` is laid out on (0 if not rendered). */
export function lineCount(range: Range): number {
  return [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0).length;
}

/**
 * Words of the text under `element` that are split across two lines (a
 * hyphenated compound may break after its hyphens: those are separate words).
 */
export function wordsSplitAcrossLines(element: Element): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of (node.nodeValue ?? '').matchAll(/[^\s-]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      if (lineCount(range) > 1) split.push(match[0]);
    }
  }
  return split;
}
