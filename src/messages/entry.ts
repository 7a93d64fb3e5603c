/** A sentence of the catalogue: a function of its parameters in each product language, French first. */
export const entry = <P = undefined>(fr: (p: P) => string, en: (p: P) => string) => ({ fr, en });

/** A word or sentence without parameters. */
export const word = (fr: string, en: string) =>
  entry(
    () => fr,
    () => en,
  );
