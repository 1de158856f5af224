import { storedStore } from '../../lib/stored-store';
import { LIBRARY_RECORD, type Library } from './library-schema';

const library = storedStore(LIBRARY_RECORD);

export const useLibrary = library.use;

/** Applies one of the steps in library-model.ts to the stored library. */
export const updateLibrary = (step: (current: Library) => Library): void => library.set(step(library.get()));
