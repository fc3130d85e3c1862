// A customer's HTML email with a script, event handlers, a javascript: link, an image
// and an iframe shows its text in the case view and runs nothing; a long case shows its
// latest part and "show earlier" brings the start in without leaving the page.
import { accessible, api, base, check, mail, run, signIn } from "./lib.mjs";

const email = process.env.LOTSEN_AGENT_EMAIL;
const password = process.env.LOTSEN_AGENT_PASSWORD;

const raw = [
  "From: Maja Ek <maja.ek@example.se>",
  "To: kundservice@banken.se",
  "Subject: Fakturan stämmer inte",
  "Message-ID: <html-script-1@example.se>",
  "Date: Wed, 02 Dec 2026 08:00:00 +0100",
  "MIME-Version: 1.0",
  "Content-Type: text/html; charset=utf-8",
  "",
  `<p id="greeting" onmouseover="window.lotsenRan='handler'">Hej! Min faktura för november stämmer inte.</p>`,
  `<script>window.lotsenRan='script'</script>`,
  `<img src="/ui/ui.css" onerror="window.lotsenRan='img'" onload="window.lotsenRan='img'">`,
  `<a id="trap" href="javascript:window.lotsenRan='link'">Klicka här</a>`,
  `<iframe srcdoc="<script>parent.lotsenRan='iframe'</script>"></iframe>`,
  `<svg><script>window.lotsenRan='svg'</script></svg>`,
  "",
].join("\r\n");
const { status, json: intake } = await mail(raw);
check(status === 202 && intake.case_id, `the HTML email opens a case (${status})`);
const caseId = intake.case_id;
for (let i = 1; i <= 60; i++) {
  const more = await api("POST", "/messages", {
    external_id: `timeline-${i}`,
    customer: { name: "Maja Ek", email: "maja.ek@example.se" },
    body: `Påminnelse nummer ${i} om fakturan.`,
  });
  if (more.json.case_id !== caseId) throw new Error(`message ${i} went to another case`);
}
check(true, "sixty more messages join the same case");

await run(async (browser) => {
  // Our own CSP stays on here: what runs is what a real agent's browser would run.
  const page = await signIn(browser, email, password);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));

  await page.goto(`${base}/cases/${caseId}`);
  const latest = page.locator(".timeline li.message.inbound");
  check((await latest.count()) <= 50, `the case view shows the latest part (${await latest.count()} messages)`);
  check(
    (await page.locator(".timeline").innerText()).includes("Påminnelse nummer 60"),
    "the newest message is shown",
  );
  check((await page.locator(".email-html").count()) === 0, "the first email is not in the latest part");
  await page.evaluate(() => {
    window.lotsenNotReloaded = true;
  });
  const earlier = page.getByRole("link", { name: "Visa tidigare händelser" });
  const html = page.locator(".timeline .email-html");
  for (let round = 0; round < 5 && (await earlier.count()); round++) {
    const before = await page.locator(".timeline li").count();
    await earlier.click();
    await page.waitForFunction((n) => document.querySelectorAll(".timeline li").length > n, before);
  }
  await html.waitFor();
  check(await page.evaluate(() => window.lotsenNotReloaded === true), "the earlier part came in without leaving the page");
  check((await page.getByRole("link", { name: "Visa tidigare händelser" }).count()) === 0, "the timeline now starts at the opening");
  const all = await page.locator(".timeline li.message.inbound").count();
  check(all === 61, `every message is shown once (${all})`);

  check((await html.innerText()).includes("Min faktura för november stämmer inte."), "the email's text is shown");
  for (const tag of ["script", "img", "iframe", "svg"]) {
    check((await html.locator(tag).count()) === 0, `no ${tag} element in the shown email`);
  }
  await html.locator("p", { hasText: "Min faktura" }).hover();
  const trap = page.locator(".email-html a", { hasText: "Klicka här" });
  if (await trap.count()) {
    check(!(await trap.getAttribute("href") || "").startsWith("javascript:"), "the link has no javascript: address");
    await trap.click();
  }
  await page.waitForTimeout(300);
  check((await page.evaluate(() => window.lotsenRan)) === undefined, "nothing in the email ran");
  check(errors.length === 0, `no script errors on the page (${errors.join("; ")})`);
  await page.context().close();

  const again = await signIn(browser, email, password, { bypassCSP: true });
  await again.goto(`${base}/cases/${caseId}?before=3`);
  await again.locator(".email-html").waitFor();
  await accessible(again, "a case view with an HTML email");
});
console.log("timeline: all checks passed");
