/**
 * app/env.server.ts caches the parsed environment for the life of the
 * module, so each case loads a fresh copy of it after changing process.env.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let savedEnvironment: NodeJS.ProcessEnv;

beforeEach(() => {
  savedEnvironment = { ...process.env };
  vi.resetModules();
});

afterEach(() => {
  // Restore in place: replacing process.env with a plain object would lose its string coercion.
  for (const name of Object.keys(process.env)) if (!(name in savedEnvironment)) delete process.env[name];
  Object.assign(process.env, savedEnvironment);
  vi.resetModules();
});

async function freshGetEnvironment() {
  const { getEnvironment } = await import("~/env.server");
  return getEnvironment;
}

describe("getEnvironment", () => {
  it("accepts the environment the test setup provides", async () => {
    const environment = (await freshGetEnvironment())();
    expect(environment.NODE_ENV).toBe("test");
    expect(environment.DATABASE_URL).toBe(process.env.DATABASE_URL);
  });

  it("refuses to start without a master key, naming it", async () => {
    delete process.env.CONVENE_MASTER_KEY;
    expect(await freshGetEnvironment()).toThrow(/CONVENE_MASTER_KEY is required/);
  });

  it("refuses a malformed master key, naming it", async () => {
    process.env.CONVENE_MASTER_KEY = "local1:too-short";
    expect(await freshGetEnvironment()).toThrow(/CONVENE_MASTER_KEY/);
  });

  it("refuses to start without a hash secret of at least 32 characters, naming it", async () => {
    delete process.env.CONVENE_HASH_SECRET;
    expect(await freshGetEnvironment()).toThrow(/CONVENE_HASH_SECRET is required/);
    vi.resetModules();
    process.env.CONVENE_HASH_SECRET = "x".repeat(31);
    expect(await freshGetEnvironment()).toThrow(/CONVENE_HASH_SECRET/);
  });

  it("refuses to start without a database URL, naming it", async () => {
    delete process.env.DATABASE_URL;
    expect(await freshGetEnvironment()).toThrow(/DATABASE_URL/);
  });

  it("takes the owner's URL as optional, treats an empty one as unset, and refuses a malformed one, naming it", async () => {
    delete process.env.CONVENE_OWNER_DATABASE_URL;
    expect((await freshGetEnvironment())().CONVENE_OWNER_DATABASE_URL).toBeUndefined();
    vi.resetModules();
    process.env.CONVENE_OWNER_DATABASE_URL = "";
    expect((await freshGetEnvironment())().CONVENE_OWNER_DATABASE_URL).toBeUndefined();
    vi.resetModules();
    process.env.CONVENE_OWNER_DATABASE_URL = "postgresql://owner:secret@127.0.0.1:5432/convene";
    expect((await freshGetEnvironment())().CONVENE_OWNER_DATABASE_URL).toBe("postgresql://owner:secret@127.0.0.1:5432/convene");
    vi.resetModules();
    process.env.CONVENE_OWNER_DATABASE_URL = "not a url";
    expect(await freshGetEnvironment()).toThrow(/CONVENE_OWNER_DATABASE_URL must be a postgresql:\/\/ URL/);
  });
});

describe("TRUST_PROXY", () => {
  async function trustProxyFor(value: string | undefined) {
    if (value === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = value;
    return (await freshGetEnvironment())().TRUST_PROXY;
  }

  it("is off unless set", async () => {
    expect(await trustProxyFor(undefined)).toBe(false);
    vi.resetModules();
    expect(await trustProxyFor("")).toBe(false);
    vi.resetModules();
    expect(await trustProxyFor("0")).toBe(false);
  });

  it("takes a hop count, or proxy addresses and subnets", async () => {
    expect(await trustProxyFor("1")).toBe(1);
    vi.resetModules();
    expect(await trustProxyFor("10.0.0.5, 10.1.0.0/16,fd00::/8,loopback")).toEqual(["10.0.0.5", "10.1.0.0/16", "fd00::/8", "loopback"]);
  });

  it("refuses 'true' (every hop trusted) and anything that is not an address, naming it", async () => {
    for (const value of ["true", "10.0.0.300", "10.0.0.0/33", "proxy.example", "1,2", "10.0.0.1/8/8"]) {
      vi.resetModules();
      process.env.TRUST_PROXY = value;
      expect(await freshGetEnvironment(), value).toThrow(/TRUST_PROXY must be a hop count/);
    }
  });
});

describe("who runs the platform and where its data is stored (CONVENE_OPERATOR, CONVENE_DATA_LOCATION)", () => {
  const names = ["CONVENE_OPERATOR", "CONVENE_DATA_LOCATION"] as const;

  it("are optional: unset or empty is the demo (the consent page then says so in the reader's language)", async () => {
    for (const name of names) delete process.env[name];
    let environment = (await freshGetEnvironment())();
    expect(environment.CONVENE_OPERATOR).toBeUndefined();
    expect(environment.CONVENE_DATA_LOCATION).toBeUndefined();
    vi.resetModules();
    for (const name of names) process.env[name] = "   ";
    environment = (await freshGetEnvironment())();
    expect(environment.CONVENE_OPERATOR).toBeUndefined();
    expect(environment.CONVENE_DATA_LOCATION).toBeUndefined();
  });

  it("take one line of text, trimmed", async () => {
    process.env.CONVENE_OPERATOR = "  Colectiva Mujeres del Puente, Bogotá ";
    process.env.CONVENE_DATA_LOCATION = "on a server in Frankfurt, Germany (Hetzner)";
    const environment = (await freshGetEnvironment())();
    expect(environment.CONVENE_OPERATOR).toBe("Colectiva Mujeres del Puente, Bogotá");
    expect(environment.CONVENE_DATA_LOCATION).toBe("on a server in Frankfurt, Germany (Hetzner)");
  });

  it("refuse more than 200 characters, or a line break or other control character, naming the setting", async () => {
    for (const name of names) {
      for (const bad of ["x".repeat(201), "first line\nsecond line", "tab\there"]) {
        vi.resetModules();
        for (const other of names) delete process.env[other];
        process.env[name] = bad;
        expect(await freshGetEnvironment()).toThrow(new RegExp(name));
      }
    }
  });
});
