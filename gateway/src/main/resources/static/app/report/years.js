// The years a report can be on: from 2008 (the first reports under the 条例 of 2007) to the
// current year, as the report API accepts them.
const FIRST_YEAR = 2008;

/** Every year a report can be on, the latest first. */
export function reportYears() {
  const years = [];
  for (let year = new Date().getFullYear(); year >= FIRST_YEAR; year--) {
    years.push(year);
  }
  return years;
}
