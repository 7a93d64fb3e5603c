/**
 * What `text.matchAll(pattern)` finds, in linear time, for a pattern that begins with a run of the characters of
 * `run` (a global regex of one character class and `+`) and goes on with a character outside that class: an
 * e-mail address is a run of local-part characters, then `@` or « (at) ».
 *
 * matchAll tries every start: on a long run that is not followed by the rest of the pattern, each start re-reads
 * the run to its end, which is quadratic (5 s on 40,000 dots). Every start inside one run reaches the same end
 * of run and the same continuation, so they all succeed or all fail: trying the run's first start (or where the
 * last match ended, inside it) once gives the same matches.
 */
export function* matchAtRuns(text: string, run: RegExp, pattern: RegExp): Generator<RegExpExecArray> {
  if (!run.global || !pattern.sticky) throw new Error('matchAtRuns: `run` must be global and `pattern` sticky');
  let from = 0;
  for (const r of text.matchAll(run)) {
    const start = Math.max(r.index, from);
    if (start >= r.index + r[0].length) continue;
    pattern.lastIndex = start;
    const m = pattern.exec(text);
    if (!m) continue;
    from = m.index + m[0].length;
    yield m;
  }
}
