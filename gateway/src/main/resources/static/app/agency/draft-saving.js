// Saving the draft while the agency types: a save shortly after the last change
// (PUT /api/reports/{id} with If-Match), one save at a time because each needs the ETag
// the previous one answered. A 412 (the report changed elsewhere, e.g. in another tab)
// stops saving until the agency chooses: load the other changes, or keep its own.
import { reactive } from '../vendor.js';
import { request } from '../api.js';

/** Quiet time after the last keystroke before saving. */
const SAVE_DELAY_MS = 1500;

/**
 * @param reportId the report
 * @param etag the ETag of the copy being edited
 * @param contentOf () => the content to send (the PUT body)
 * @param saved (report) => called with the report API's answer (findings, status) after a save
 * @returns { state, changed(), saveNow(), overwrite(), moved(etag), hasUnsaved(), stop() }, with
 *   state: { status: 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict', savedAt, etag,
 *   error (the failed save's ApiError), conflict (the 412 problem) }
 */
export function draftSaving(reportId, etag, contentOf, saved) {
  const state = reactive({ status: 'saved', savedAt: null, etag, error: null, conflict: null });
  let unsavedEdits = 0;
  let timer = null;
  let running = Promise.resolve();

  async function save() {
    if (!unsavedEdits || state.conflict) {
      return;
    }
    const sending = unsavedEdits;
    state.status = 'saving';
    try {
      const answer = await request('/api/reports/' + encodeURIComponent(reportId),
        { method: 'PUT', body: contentOf(), headers: { 'If-Match': state.etag } });
      state.etag = answer.headers.get('ETag');
      state.savedAt = new Date();
      state.error = null;
      unsavedEdits -= sending;
      state.status = unsavedEdits ? 'unsaved' : 'saved';
      saved(answer.data);
    }
    catch (error) {
      state.status = error.status === 412 ? 'conflict' : 'failed';
      state.conflict = error.status === 412 ? error.problem : null;
      state.error = error.status === 412 ? null : error;
    }
  }

  /** Saves what is unsaved, after the saves already under way. */
  function saveNow() {
    clearTimeout(timer);
    running = running.then(save);
    return running;
  }

  return {
    state,
    changed() {
      unsavedEdits++;
      if (!state.conflict) {
        state.status = 'unsaved';
      }
      clearTimeout(timer);
      timer = setTimeout(saveNow, SAVE_DELAY_MS);
    },
    saveNow,
    /** After a 412: save this copy over the other changes (the agency chose to keep its own). */
    overwrite() {
      state.etag = state.conflict.currentETag;
      state.conflict = null;
      return saveNow();
    },
    /** A lifecycle action (submit, amendment) moved the ETag on. */
    moved(nextEtag) {
      state.etag = nextEtag;
    },
    hasUnsaved() {
      return unsavedEdits > 0;
    },
    /** Drops the save to come (the page reloads the report). */
    stop() {
      clearTimeout(timer);
    },
  };
}
