/** Provincial review: roll-ups, rankings, blank spots, follow-up, sampling, summaries. */
export const reviewContracts = {};
