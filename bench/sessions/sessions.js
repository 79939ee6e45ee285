// Signed-in reviewers in headless chromium working the claims grid: paging (scrolling), sorting, filtering
// by status and text, and opening claims, for a fixed time. One browser, one context (its own session
// and cookies) per reviewer. Server times come from the app's access log (see ../sessions/README.md);
// this script reports what the browsers saw: actions done, page errors, HTTP errors.
//   node sessions.js --url http://127.0.0.1:8230 --user admin --password … --reviewers 30 --minutes 5
const { chromium } = require(process.env.PLAYWRIGHT_CORE || '/tmp/pw/node_modules/playwright-core');

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
    arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const url = args.url || 'http://127.0.0.1:8230';
const reviewers = Number(args.reviewers || 30);
const minutes = Number(args.minutes || 5);
// Seconds a reviewer reads between actions, at least-at most (--think 1-3).
const think = (args.think || '1-3').split('-').map(seconds => Number(seconds) * 1000);
const sorts = ['Claim', 'Date', 'Rating', 'Status'];
const statuses = ['Unreviewed', 'In progress', 'Published', 'Any'];
const words = ['troops', 'Kadhimi', 'oil', 'budget', 'election', ''];
const pick = list => list[Math.floor(Math.random() * list.length)];
const counts = { signedIn: 0, actions: 0, pageErrors: 0, httpErrors: 0, failedActions: 0 };
const signInSeconds = [];
const errors = [];

// Vaadin answers each action with one UIDL round trip; wait until the client has none in flight.
const settled = page => page.waitForFunction(() => window.Vaadin && window.Vaadin.Flow
    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive()),
    null, { timeout: 120000 });

async function signIn(page, n) {
    await page.goto(url + '/login');
    await page.locator('input[name="username"]').fill(args.user || 'admin');
    await page.locator('input[name="password"]').fill(args.password);
    await page.locator('vaadin-button[slot="submit"], button[type="submit"]').first().click();
    await page.waitForURL(address => !address.pathname.startsWith('/login'), { timeout: 60000 });
}

const actions = {
    async sort(page) {
        await page.locator('vaadin-grid-sorter', { hasText: pick(sorts) }).first().click();
    },
    async scroll(page) {
        await page.locator('vaadin-grid').first().evaluate((grid, row) => grid.scrollToIndex(row),
            Math.floor(Math.random() * 2000));
    },
    async filterByStatus(page) {
        await page.locator('vaadin-select').filter({ hasText: 'Status' }).first().click();
        await page.locator('vaadin-select-item', { hasText: pick(statuses) }).first().click();
    },
    async filterByText(page) {
        const field = page.locator('vaadin-text-field').first().locator('input');
        await field.fill(pick(words));
        await field.press('Enter');
    },
    async openClaim(page) {
        // The claim column's cells hold a span (the header's hold a sorter); click one in view.
        const cells = page.locator('vaadin-grid-cell-content > span:visible');
        if (await cells.count() === 0) { return; } // a filter that matched nothing: nothing to open
        await cells.nth(Math.floor(Math.random() * Math.min(5, await cells.count()))).click();
        await page.waitForURL(/\/claims\/\d+/, { timeout: 30000 });
        await settled(page);
        await page.goBack();
    },
};

async function reviewer(browser, n, minutesEach) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(120000); // on a shared 2-core machine 30 pages are slow to draw

    page.on('pageerror', error => { counts.pageErrors++; errors.push(`reviewer ${n}: ${error.message}`); });
    page.on('response', response => {
        if (response.status() >= 400) { counts.httpErrors++; errors.push(`reviewer ${n}: ${response.status()} ${response.url()}`); }
    });
    const arrived = Date.now();
    await signIn(page, n);
    await page.goto(url + '/claims');
    await settled(page);
    counts.signedIn++;
    signInSeconds.push((Date.now() - arrived) / 1000);
    // Each reviewer works the full time from its first grid, however long arriving took.
    const until = Date.now() + minutesEach * 60000;
    while (Date.now() < until) {
        const name = pick(Object.keys(actions));
        try {
            if (!page.url().match(/\/claims$/)) { await page.goto(url + '/claims'); }
            await actions[name](page);
            await settled(page);
            counts.actions++;
        } catch (error) {
            counts.failedActions++;
            errors.push(`reviewer ${n} ${name}: ${error.message.split('\n')[0]}`);
        }
        await page.waitForTimeout(think[0] + Math.random() * (think[1] - think[0])); // a reviewer reads before the next click
    }
    await context.close();
}

(async () => {
    // What a reviewer does not need costs the shared machine: no GPU emulation, images or extensions.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: ['--disable-gpu', '--disable-extensions', '--blink-settings=imagesEnabled=false'] });
    const started = Date.now();
    const arrival = Number(args.arrival || 1);
    // Reviewers arrive one every --arrival seconds rather than all signing in at once.
    await Promise.all(Array.from({ length: reviewers }, (_, n) =>
        new Promise(resolve => setTimeout(resolve, n * arrival * 1000)).then(() => reviewer(browser, n + 1, minutes))
            .catch(error => { counts.failedActions++; errors.push(`reviewer ${n + 1}: ${error.message.split('\n')[0]}`); })));
    await browser.close();
    signInSeconds.sort((a, b) => a - b);
    console.log(JSON.stringify({ reviewers, minutes, think: args.think || '1-3', seconds: (Date.now() - started) / 1000, ...counts,
        signInToGridSeconds: { p50: signInSeconds[Math.floor(signInSeconds.length / 2)], max: signInSeconds.at(-1) } }));
    errors.slice(0, 20).forEach(line => console.log(line));
})();
