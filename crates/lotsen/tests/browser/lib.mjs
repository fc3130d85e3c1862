// Shared by Lotsen's browser tests: Debian's Chromium through playwright-core, the
// accessibility check with axe-core, the API, and small assertions that say what a
// user would have noticed.
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);

/** The server under test and an admin token, from the Rust test that started it. */
export const base = process.env.LOTSEN_URL;
export const token = process.env.LOTSEN_TOKEN;
if (!base) throw new Error("LOTSEN_URL is not set (the Rust test sets it)");

/** Headless Chromium as this machine runs it (its closed network needs these flags). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** An API call as an admin; the JSON answer and its status. */
export async function api(method, path, body) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

/** Posts a raw email as the mailgate does; the intake's answer and status. */
export async function mail(raw) {
  const response = await fetch(`${base}/api/v1/email/inbound`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "message/rfc822" },
    body: raw,
  });
  return { status: response.status, json: await response.json() };
}

/** Fails unless `ok`, with what was seen. */
export function check(ok, what) {
  if (!ok) throw new Error(`expected: ${what}`);
  console.log(`ok - ${what}`);
}

/** axe-core on `selector` (the whole page by default): no serious or critical violation. */
export async function accessible(page, what, selector) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate(
    async (sel) => {
      const r = await window.axe.run(sel ? document.querySelector(sel) : document, {
        resultTypes: ["violations"],
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
      }));
    },
    selector || null,
  );
  const bad = result.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length) console.log(JSON.stringify(bad, null, 2));
  check(bad.length === 0, `${what}: no serious or critical accessibility violation (axe-core)`);
}

/** A new browser context signed in through the form as `email`; its page, on the inbox. */
export async function signIn(browser, email, password, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${base}/inbox`);
  return page;
}

/** Runs the named steps in order, closing the browser whatever happens. */
export async function run(steps) {
  const browser = await launch();
  try {
    await steps(browser);
  } finally {
    await browser.close();
  }
}
