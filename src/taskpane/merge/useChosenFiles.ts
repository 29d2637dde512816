/**
 * The files chosen for a merge: added by the pickers or a drop (the same file again is counted, not listed
 * twice: chosen.ts), one removed, or all cleared. A reducer, so what each action does is tested without a browser.
 */
import { useCallback, useReducer } from "react";
import { addChosen, type ChosenFile } from "./chosen";

export type ChosenFilesAction =
  | { readonly type: "add"; readonly files: readonly File[] }
  | { readonly type: "remove"; readonly index: number }
  | { readonly type: "clear" };

export function chosenFilesReducer(files: readonly ChosenFile[], action: ChosenFilesAction): readonly ChosenFile[] {
  switch (action.type) {
    case "add":
      return action.files.length === 0 ? files : addChosen(files, action.files);
    case "remove":
      return files.filter((_, i) => i !== action.index);
    case "clear":
      return files.length === 0 ? files : [];
  }
}

export function useChosenFiles() {
  const [files, dispatch] = useReducer(chosenFilesReducer, [] as readonly ChosenFile[]);
  /** Copied at once: an input's FileList is emptied when its value is reset, before React runs the reducer. */
  const add = useCallback((list: FileList | readonly File[] | null) => dispatch({ type: "add", files: list ? [...list] : [] }), []);
  const remove = useCallback((index: number) => dispatch({ type: "remove", index }), []);
  const clear = useCallback(() => dispatch({ type: "clear" }), []);
  return { files, add, remove, clear };
}
