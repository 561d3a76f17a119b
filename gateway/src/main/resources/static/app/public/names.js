// Names, not codes: a province in the page's language, from the shared divisions, or the
// name the API gave when the divisions do not know the code.
import { provinceName } from '../provinces.js';

export function nameOf(code, given) {
  const name = provinceName(code);
  return name === code && given ? given : name;
}
