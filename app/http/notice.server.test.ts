import { describe, expect, it } from "vitest";
import { redirectWithNotice, takeNotice } from "./notice.server";

/** The cookie a browser would send back after the redirect. */
function cookieFrom(response: Response): string {
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

describe("the flash notice", () => {
  it("travels with the redirect, is taken once, and says which page it is for", async () => {
    const response = await redirectWithNotice("/admin/orgs/abc?tab=members", {
      key: "consultations:admin.notices.saved",
      values: { name: "Red Arcoíris" },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe("/admin/orgs/abc?tab=members");
    const taken = await takeNotice(new Request("http://x/admin/orgs/abc", { headers: { Cookie: cookieFrom(response) } }));
    expect(taken.notice).toEqual({ key: "consultations:admin.notices.saved", values: { name: "Red Arcoíris" }, path: "/admin/orgs/abc" });
    // Taken: the answer clears the cookie, so a reload shows no notice.
    expect(taken.headers.get("Set-Cookie")).toMatch(/^notice=;.*Max-Age=0/);
  });

  it("keeps other headers of the redirect (a new session cookie, say)", async () => {
    const response = await redirectWithNotice("/staff", "common:staff.notices.signedIn", { headers: { "Set-Cookie": "session=t; Path=/" } });
    expect(response.headers.getSetCookie()).toHaveLength(2);
  });

  it("shows nothing for a cookie that does not hold a translation key", async () => {
    const forged = `notice=${Buffer.from(JSON.stringify({ key: "<script>", path: "/" })).toString("base64")}`;
    const taken = await takeNotice(new Request("http://x/", { headers: { Cookie: forged } }));
    expect(taken.notice).toBeNull();
    const none = await takeNotice(new Request("http://x/"));
    expect(none.notice).toBeNull();
    expect(none.headers.get("Set-Cookie")).toBeNull();
  });
});
