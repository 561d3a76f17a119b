// A view's choices (figure, year, years, provinces, …) live in the page's address, so that
// a view can be bookmarked, shared and reloaded. main.js opens the page afresh when its
// address changes, which would drop the keyboard focus on <body> after every choice: the
// control that made the change gets it back (v-refocus).
import { current, navigate } from '../router.js';

/** The id of the control whose change is opening the page again. */
let changedControl = null;

/** Opens the same page with some choices changed; a null or empty choice is removed. */
export function changeChoices(changes) {
  changedControl = document.activeElement ? document.activeElement.id : null;
  const next = { ...current.query, ...changes };
  for (const [name, value] of Object.entries(next)) {
    if (value === null || value === undefined || value === '') {
      delete next[name];
    }
  }
  navigate(current.path, next);
}

/** On a control with an id that changes choices: focuses it again once the page is back. */
export const refocus = {
  mounted(element) {
    if (element.id && element.id === changedControl) {
      changedControl = null;
      element.focus();
    }
  },
};
