import { describe, expect, test } from "vitest";
import { englishMessages, spanishMessages } from "../../src";
import { en, es, format, mergeMessages, type StraddleMessagesOverride } from "../../src/messages";
import { leaves, literalText, placeholders, shape, type Tree } from "./catalogue";

const enLeaves = leaves(en);
const esByPath = new Map(leaves(es).map((leaf) => [leaf.path, leaf.value]));

describe("Spanish messages: complete and well-formed", () => {
  test("the same key tree as English, nothing more and nothing less", () => {
    expect(shape(es)).toEqual(shape(en));
    // A few hundred strings: a guard against comparing two empty trees.
    expect(enLeaves.length).toBeGreaterThan(300);
  });

  test("every leaf is a non-empty, trimmed string", () => {
    const bad = leaves(es).filter(({ value }) => value.trim() === "" || value !== value.trim());
    expect(bad).toEqual([]);
  });

  test("every leaf keeps exactly the placeholders of its English original", () => {
    const mismatched = enLeaves
      .map(({ path, value }) => ({
        path,
        en: placeholders(value),
        es: placeholders(esByPath.get(path) ?? ""),
      }))
      .filter((leaf) => leaf.en.join() !== leaf.es.join());
    expect(mismatched).toEqual([]);
  });

  test("no brace is left unbalanced or misspelt (`{ name}`, `{{name}}`, `{name`)", () => {
    const stray = leaves(es).filter(({ value }) => /[{}]/.test(value.replace(/\{\w+\}/g, "")));
    expect(stray).toEqual([]);
  });

  test("translated, not copied: every English sentence has a Spanish counterpart", () => {
    // Only identifiers, codes, examples, digit masks ("###-##-####") and proper names may stay the same.
    const allowedSame =
      /^(—|\(\{relative\}\)|\{dateTime\} \(\{relative\}\)|SSN|ACH|[A-Z][a-z]+( [A-Z][a-z]+)?|\S*\d\S*( \d+)*|\*\*\.\*\*\.\*\*\.\*\*|#+(-#+)+)$/;
    const copied = enLeaves.filter(
      ({ path, value }) => esByPath.get(path) === value && !allowedSame.test(value),
    );
    expect(copied).toEqual([]);
    // Sentences (three words or more) are never left in English.
    const words = (value: string) =>
      literalText(value)
        .split(/\s+/)
        .filter((word) => /\p{L}/u.test(word));
    const sentences = enLeaves.filter(
      ({ path, value }) => words(value).length >= 3 && esByPath.get(path) === value,
    );
    expect(sentences).toEqual([]);
  });

  test("API values stay identifiers: the keys of status, decision, module and state labels", () => {
    expect(Object.keys(es.common.customerStatus)).toEqual([
      "pending",
      "review",
      "verified",
      "rejected",
      "inactive",
    ]);
    expect(es.common.customerStatus.review).toBe("En revisión");
    expect(es.common.customerStatus.verified).toBe("Verificado");
    expect(es.common.customerStatus.rejected).toBe("Rechazado");
    expect(es.customerForm.states.NY).toBe("Nueva York");
    expect(es.reviewPanel.sections.watchlist).toBe("Listas de vigilancia");
  });

  test("placeholders are filled by format() as in English", () => {
    expect(format(es.reviewPanel.kyc.summary, { passed: 3, total: 10 })).toBe("3 de 10 superadas");
    expect(format(es.decisionDialog.confirmReject, { name: "Ana Pérez" })).toBe("¿Rechazar a Ana Pérez?");
    expect(format(es.customerTable.pageOf, { page: 2, pages: 7 })).toBe("Página 2 de 7");
  });

  test("exported from the package's main entry next to English", () => {
    expect(spanishMessages).toBe(es);
    expect(englishMessages).toBe(en);
  });
});

describe("mergeMessages", () => {
  test("a partial override wins leaf by leaf; every other leaf keeps its default", () => {
    const override: StraddleMessagesOverride = {
      reviewPanel: { title: "Revisión KYC", attention: { one: "Una comprobación" } },
      common: { customerStatus: { review: "Pendiente de revisión" } },
    };
    const merged = mergeMessages(en, override);
    expect(merged.reviewPanel.title).toBe("Revisión KYC");
    expect(merged.reviewPanel.attention.one).toBe("Una comprobación");
    // Siblings of an overridden leaf, deep and shallow, are still English.
    expect(merged.reviewPanel.attention.other).toBe(en.reviewPanel.attention.other);
    expect(merged.reviewPanel.attention.none).toBe(en.reviewPanel.attention.none);
    expect(merged.common.customerStatus.review).toBe("Pendiente de revisión");
    expect(merged.common.customerStatus.verified).toBe("Verified");
    expect(merged.watchlist).toEqual(en.watchlist);
    // Same shape; the defaults themselves are not mutated.
    expect(shape(merged)).toEqual(shape(en));
    expect(en.reviewPanel.title).toBe("Identity review");
    expect(en.common.customerStatus.review).toBe("In review");
  });

  test("a complete override replaces everything; none returns the base as is", () => {
    expect(mergeMessages(en, es)).toEqual(es);
    expect(mergeMessages(en, undefined)).toBe(en);
    expect(mergeMessages(en, {})).toEqual(en);
  });

  test("a malformed override (an object where a string belongs, or an unknown key) keeps the default", () => {
    const malformed = {
      reviewPanel: { title: { nested: "no" }, unknown: "x" },
    } as unknown as StraddleMessagesOverride;
    const merged = mergeMessages(en, malformed) as unknown as { reviewPanel: Tree };
    expect(merged.reviewPanel.title).toBe("Identity review");
  });

  test("some sections (what one component reads): only those are merged, no others added", () => {
    const sections = { common: en.common, decisionDialog: en.decisionDialog };
    const merged = mergeMessages(sections, {
      decisionDialog: { trigger: "Review…" },
      reviewPanel: { title: "x" },
    });
    expect(Object.keys(merged)).toEqual(["common", "decisionDialog"]);
    expect(merged.decisionDialog.trigger).toBe("Review…");
    expect(merged.decisionDialog.title).toBe(en.decisionDialog.title);
    expect(merged.common).toEqual(en.common);
  });
});
