// The agent workspace in a real browser: sign in with the form, see the case in the
// inbox, open it, reply, and find the reply in the timeline; axe-core checks the
// sign-in page, the inbox and the case view, at laptop and tablet widths.
import { accessible, api, base, check, run } from "./lib.mjs";

const email = process.env.LOTSEN_AGENT_EMAIL;
const password = process.env.LOTSEN_AGENT_PASSWORD;

const created = await api("POST", "/messages", {
  external_id: "browser-ws-1",
  customer: { name: "Eva Berg", email: "eva.berg@example.se" },
  subject: "Dubbeldragning på kortet",
  body: "Hej! Jag har blivit debiterad två gånger för samma köp i går.",
});
check(created.status === 201, "a customer's message opens a case");
const caseId = created.json.case_id;
const assigned = await api("POST", `/cases/${caseId}/assign`, { agent_id: process.env.LOTSEN_AGENT_ID });
check(assigned.status === 200, `the case is assigned to the agent (${assigned.status})`);

await run(async (browser) => {
  // After the first round's reply the case waits on the customer: the second round
  // (a tablet) finds it in that list.
  const rounds = [
    { viewport: { width: 1280, height: 800 }, list: "#mine", name: "Mina ärenden" },
    { viewport: { width: 768, height: 1024 }, list: "#waiting", name: "Väntar på kund" },
  ];
  for (const { viewport, list, name } of rounds) {
    // Our pages forbid inline scripts (CSP); the test lifts that only to inject axe-core.
    const context = await browser.newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    const width = `${viewport.width} px`;
    await page.goto(`${base}/inbox`);
    check(new URL(page.url()).pathname === "/login", `${width}: not signed in, the inbox leads to the sign-in page`);
    await accessible(page, `${width}: the sign-in page`);
    await page.getByLabel("E-postadress").fill(email);
    await page.getByLabel("Lösenord").fill("fel-lösenord-igen");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord." }).waitFor();
    check(true, `${width}: a wrong password is refused, saying so`);
    await page.getByLabel("Lösenord").fill(password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${base}/inbox`);
    const mine = page.locator(list);
    await mine.getByRole("link", { name: "Dubbeldragning på kortet" }).waitFor();
    check(true, `${width}: the inbox lists the agent's case under "${name}"`);
    await accessible(page, `${width}: the inbox`);

    await mine.getByRole("link", { name: "Dubbeldragning på kortet" }).click();
    await page.waitForURL(`${base}/cases/${caseId}`);
    await page.locator(".timeline li.message.inbound", { hasText: "två gånger" }).waitFor();
    check(true, `${width}: the case view shows the customer's message`);
    await accessible(page, `${width}: the case view`);
    const reply = `Hej Eva! Jag har återbetalat den ena dragningen (${width}).`;
    await page.getByLabel("Svar till kunden").fill(reply);
    await page.getByRole("button", { name: "Skicka svar" }).click();
    await page.locator(".timeline li.message.outbound", { hasText: reply }).waitFor();
    check(true, `${width}: the reply is in the timeline after sending`);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(`${base}/login`);
    check(true, `${width}: signing out leads back to the sign-in page`);
    await context.close();
  }
});
console.log("workspace: all checks passed");
