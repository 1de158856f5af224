/** Marks that end a Chinese sentence, and the closing quotes and brackets that may follow them. */
const FINAL = '。！？!?…';
const CLOSING = '”’」』）)》"\'';

/** The end of a paragraph's first sentence. */
export const SENTENCE_END = new RegExp(`[${FINAL}]+[${CLOSING}]*`, 'u');

/** Any sentence boundary, to find where the last sentence of a text ends. */
export const SENTENCE_BOUNDARY = new RegExp(`[${FINAL}${CLOSING}]`, 'gu');

/** A block that ends like this is complete (this paper also ends blocks with ；and ：). */
export const COMPLETE_BLOCK_END = new RegExp(`[${FINAL}；;：:][${CLOSING}]*$`, 'u');
