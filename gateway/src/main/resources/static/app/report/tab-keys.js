// Keyboard use of a row of tabs (WAI-ARIA tabs pattern): arrow keys move to the previous
// or next tab (round the ends), Home and End to the first and last.

/** The index of the tab a key moves to, or null for any other key. */
export function tabIndexAfterKey(event, index, count) {
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: count - 1 }[event.key];
  if (next === undefined) {
    return null;
  }
  event.preventDefault();
  return (next + count) % count;
}
