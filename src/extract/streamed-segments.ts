/**
 * React's streaming server rendering sends the parts of a page that were slow to render at the
 * end of the HTML, each in a hidden `<div id="S:…">`, and an inline script then moves each into
 * its place: a `<template id="P:…">` placeholder, or a `<template id="B:…">` boundary whose
 * loading skeleton it replaces (up to the `<!--/$-->` comment). Where no script runs (an
 * archived copy, a parsed copy) the story stays hidden at the end of the page; this does what
 * that script would have done.
 */
export function placeStreamedSegments(doc: Document): void {
  for (const segment of [...doc.querySelectorAll('div[hidden][id^="S:"]')]) {
    const key = segment.id.slice(2);
    const slot = doc.getElementById(`P:${key}`) ?? doc.getElementById(`B:${key}`);
    if (!slot?.parentNode || slot.tagName.toUpperCase() !== 'TEMPLATE') continue;
    if (slot.id.startsWith('B:')) dropFallback(slot);
    slot.replaceWith(...segment.childNodes);
    segment.remove();
  }
}

/** The loading skeleton after a boundary's template, up to the comment that closes the boundary. */
function dropFallback(boundary: Element): void {
  let depth = 0;
  for (let node = boundary.nextSibling; node; ) {
    const next = node.nextSibling;
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$' && depth === 0) return;
      if (data === '/$') depth--;
      else if (data.startsWith('$')) depth++;
    }
    node.parentNode?.removeChild(node);
    node = next;
  }
}
