// Reading a figure typed by a person: digits, with or without digit grouping; blank means
// "not reported". Negative only where the template allows it (a 增/减 change).

/**
 * The typed text as { value } (a whole number, or null when blank), or { invalid: true }.
 */
export function parseFigure(text, signed = false) {
  const plain = text.replace(/[,，\s]/g, '');
  if (plain === '') {
    return { value: null };
  }
  const pattern = signed ? /^[-−]?\d+$/ : /^\d+$/;
  if (!pattern.test(plain)) {
    return { invalid: true };
  }
  return { value: Number(plain.replace('−', '-')) };
}

/** A figure as it stands in an input: no grouping, so it can be edited as typed. */
export function figureText(value) {
  return value === null || value === undefined ? '' : String(value);
}
