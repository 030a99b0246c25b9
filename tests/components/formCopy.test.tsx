import { render } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { CustomerForm } from "../../src/index";
import { en, es } from "../../src/messages";
import { setup } from "../hooks/harness";

/**
 * Placeholders must read as placeholders: a format ("###-##-####", "YYYY-MM-DD") or an example
 * marked as one ("e.g. …"), never a value that looks typed. And one field's example is the same
 * in its placeholder, its hint and its error.
 */
const locales = [
  ["en", en, "e.g. "],
  ["es", es, "p. ej. "],
] as const;

describe.each(locales)("CustomerForm copy (%s)", (_, messages, prefix) => {
  const f = messages.customerForm;
  const v = f.validation;

  test("examples are marked as examples, formats carry no digits", () => {
    for (const key of ["phone", "ipAddress", "website"] as const) {
      expect(f.placeholders[key].startsWith(prefix), key).toBe(true);
    }
    for (const key of ["ssn", "ein", "dob"] as const) {
      expect(f.placeholders[key], key).not.toMatch(/\d/);
    }
  });

  test("the example in a placeholder is the one its error gives", () => {
    const example = (key: "phone" | "ipAddress") => f.placeholders[key].slice(prefix.length);
    // The Spanish phone error keeps the number on one line with no-break spaces.
    const plain = (text: string) => text.replace(/\u00a0/g, " ");
    expect(plain(v.phone)).toContain(example("phone"));
    expect(v.ipAddress).toContain(example("ipAddress"));
  });

  test("formats, hints and errors agree on the shape of SSN, EIN and date of birth", () => {
    const shape = (text: string) => text.replace(/\d/g, "#");
    for (const key of ["ssn", "ein"] as const) {
      const inHint = f.hints[key].match(/[\d-]{9,}/)?.[0] ?? "";
      const inError = v[key].match(/[\d-]{9,}/)?.[0] ?? "";
      expect(inHint, key).not.toBe("");
      expect(inHint).toBe(inError);
      expect(shape(inHint)).toBe(f.placeholders[key]);
    }
    expect(v.dob).toContain(f.placeholders.dob);
    const dobExample = f.hints.dob.match(/\d{4}-\d{2}-\d{2}/)?.[0];
    expect(dobExample).toBeDefined();
    expect(shape(dobExample ?? "")).toBe("####-##-##");
  });
});

test("the rendered form shows those placeholders", () => {
  const h = setup();
  const { container } = render(
    <h.wrapper>
      <CustomerForm />
    </h.wrapper>,
  );
  const placeholder = (name: string) =>
    container.querySelector<HTMLInputElement>(`input[name="${name}"]`)?.getAttribute("placeholder");
  expect(placeholder("phone")).toBe("e.g. +1 212 555 0100");
  expect(placeholder("device.ip_address")).toBe("e.g. 203.0.113.7");
  expect(placeholder("compliance_profile.ssn")).toBe("###-##-####");
  expect(placeholder("compliance_profile.dob")).toBe("YYYY-MM-DD");
});
