// Takes the README's screenshots of the workspace in Swedish with the demo data: the
// inbox and a case view of a demo agent with cases of their own. Run by
// scripts/screenshots against `lotsen serve --demo`.
import { launch, signIn } from "./lib.mjs";

const out = process.env.LOTSEN_SCREENSHOTS;
const password = process.env.LOTSEN_DEMO_PASSWORD;
const emails = (process.env.LOTSEN_DEMO_EMAILS || "").split(" ").filter(Boolean);

const browser = await launch();
try {
  let done = false;
  for (const email of emails) {
    const page = await signIn(browser, email, password, { viewport: { width: 1280, height: 860 } });
    const context = page.context();
    // The agent's own cases, or their team's queue.
    const mine = page.locator("#mine tr.case td a, #team tr.case td a");
    if ((await mine.count()) < 2) {
      await context.close();
      continue;
    }
    await page.screenshot({ path: `${out}/inbox.png` });
    // The case with the longest story among the agent's own.
    let best = null;
    let most = -1;
    const links = await mine.evaluateAll((as) => as.slice(0, 15).map((a) => a.href));
    for (const href of links) {
      await page.goto(href);
      const n = await page.locator(".timeline li").count();
      if (n > most) {
        most = n;
        best = href;
      }
    }
    await page.goto(best);
    await page.screenshot({ path: `${out}/case.png` });
    console.log(`screenshots of ${email}'s inbox and ${best} in ${out}`);
    done = true;
    await context.close();
    break;
  }
  if (!done) throw new Error(`no demo agent among ${emails.length} has two cases in their lists`);
} finally {
  await browser.close();
}
