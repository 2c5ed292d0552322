import { describe, expect, it } from "vitest";
import { splitSitePaths } from "./linked-text";

describe("site paths in brackets become links", () => {
  it("finds (/safety) and (/receipt) in running text", () => {
    expect(splitSitePaths("read the safety page (/safety) before you continue")).toEqual([
      { kind: "text", text: "read the safety page (" },
      { kind: "path", path: "/safety" },
      { kind: "text", text: ") before you continue" },
    ]);
    expect(splitSitePaths("صفحة «الإيصال» (/receipt) لمواصلة")).toEqual([
      { kind: "text", text: "صفحة «الإيصال» (" },
      { kind: "path", path: "/receipt" },
      { kind: "text", text: ") لمواصلة" },
    ]);
  });

  it("never links off the site or anything that is not a bracketed path", () => {
    for (const text of ["(//evil.example)", "(https://evil.example)", "see /safety", "(/Safety page)", "(/)"]) {
      expect(splitSitePaths(text)).toEqual([{ kind: "text", text }]);
    }
  });
});
