/** Characters of text per chunk of the first pass (and per unit painted as it comes near the viewport): a few ms of cleaning or recognising. */
export const CHUNK_CHARS = 12_000;
