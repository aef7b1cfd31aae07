// The decision cases for JS tests, as tests/common/mod.rs reads them for the native ones: every
// case of tests/cases/*.json as { file, name, request, expect } (the request as asked: the 2021
// files' late cases pinned to the 2021 rules), and `compare` (the mismatches between an expected
// answer and a decision, worded as tests/common's; empty when the case passes). Both come from
// www/selftest/compare.js, the self-test page's mirror of tests/common.
import { readFileSync } from "node:fs";
import { SOURCES, compare as differences, requestOf, text } from "../../www/selftest/compare.js";

const read = (f) => JSON.parse(readFileSync(new URL(`../cases/${f}`, import.meta.url), "utf8"));

/** Every case, in the order of tests/common `cases()`. */
export function cases() {
  return SOURCES.flatMap(({ file }) => read(file).map((c) => ({ file, name: c.name, request: requestOf({ file, ...c }), expect: c.expect })));
}

/** Mismatches between `expect` (a case's) and a decision `got`, as tests/common's `compare`. */
export const compare = (expect, got) => differences(expect, got).map(text);
