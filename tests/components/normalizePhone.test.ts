import { describe, expect, test } from "vitest";
import { normalizePhone } from "../../src/components/CustomerForm/normalizePhone";

describe("normalizePhone", () => {
  test.each([
    // What people type → what the API receives
    ["+12128675309", "+12128675309"],
    ["+1 212 867 5309", "+12128675309"],
    ["+1 (212) 867-5309", "+12128675309"],
    ["(212) 867-5309", "+12128675309"],
    ["212-867-5309", "+12128675309"],
    ["212.867.5309", "+12128675309"],
    ["2128675309", "+12128675309"],
    ["1 212 867 5309", "+12128675309"],
    ["1-212-867-5309", "+12128675309"],
    ["12128675309", "+12128675309"],
    ["  212 867 5309  ", "+12128675309"],
    ["212–867–5309", "+12128675309"], // en dashes pasted from a document
    ["+44 20 7946 0958", "+442079460958"],
    ["0044 20 7946 0958", "+442079460958"],
    ["+33 6 12 34 56 78", "+33612345678"],
  ])("%j → %j", (typed, sent) => {
    expect(normalizePhone(typed)).toBe(sent);
  });

  test.each([
    // Not guessed: left without punctuation for the E.164 check to reject
    ["06 12 34 56 78", "0612345678"], // a French national number is not American
    ["112 867 5309", "1128675309"], // no US area code starts with 0 or 1
    ["867-5309", "8675309"],
    ["212 867 530", "212867530"],
    ["call me", "callme"],
    ["", ""],
  ])("%j is not guessed (%j)", (typed, sent) => {
    expect(normalizePhone(typed)).toBe(sent);
  });
});
