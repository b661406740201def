// TCP and UDP from the UI on the docker0 preset: a listener started in c2's terminal (`nc -lk 80 &`),
// a TCP probe from c1 stepped through its handshake and close with the TCP fields dissected; a closed
// port answered by RST; a UDP probe answered by ICMP port unreachable; the TCP/UDP filters; and the
// namespace's "send from here", by mouse and by keyboard, filling in the one send form.

import { expect, type Page, test } from '@playwright/test';
import { sendAndSettle, settledStep } from './waits.ts';

async function open(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  await expect(page.getByTestId('bridge::docker0')).toBeVisible();
  await expect(page.getByTestId('step-event-0')).toBeVisible();
  return errors;
}

async function listen(page: Page) {
  await page.getByTestId('dock-tab-terminal').click();
  await page.getByTestId('terminal-ns-c2').click();
  const input = page.getByTestId('terminal-input');
  await input.fill('nc -lk 80 &');
  await input.press('Enter');
  await expect(input).not.toHaveAttribute('readonly');
  await input.fill('ss -ltn');
  await input.press('Enter');
  await expect(page.getByTestId('terminal-screen').locator('.terminal-out').last()).toContainText(
    '0.0.0.0:80',
  );
  await page.getByTestId('dock-tab-steps').click();
}

/** Sends from the dock's form and waits until the view is at the probe's first step. */
async function sendFromForm(page: Page, proto: 'tcp' | 'udp', port: number, to = '172.17.0.3') {
  await page.getByTestId('send-from').selectOption('c1');
  await page.getByTestId('send-proto').selectOption(proto);
  await page.getByTestId('send-to').fill(to);
  await page.getByTestId('send-port').fill(String(port));
  await sendAndSettle(page, () => page.getByTestId('send-go').click());
}

/** The seq the view shows, once the tables caught up with it. */
const current = settledStep;

/** Steps forward until the explanation contains `text`; returns the seq. */
async function stepUntil(page: Page, text: string, limit = 60): Promise<string> {
  for (let i = 0; i < limit; i++) {
    const seq = await current(page);
    if ((await page.getByTestId('step-explanation-text').innerText()).includes(text)) return seq;
    await page.getByTestId('step-forward').click();
    await expect(page.getByTestId('step-explanation')).not.toHaveAttribute('data-seq', seq);
  }
  throw new Error(`no step says "${text}"`);
}

/** The packet's next frame on the wire: the step where it leaves the interface. */
async function nextFrameOut(page: Page): Promise<void> {
  await page.getByTestId('step-forward').click();
  await stepUntil(page, 'sends the frame to its veth peer');
}

const field = (page: Page, layer: string, name: string) =>
  page.getByTestId(`field-${layer}-${name}`).locator('.value');

test('TCP probe c1 → c2:80: SYN, SYN|ACK, ACK, FIN stepped through with the TCP fields', async ({
  page,
}, testInfo) => {
  // Dozens of steps, one click and one settled view each: on a machine shared with a heavy job a
  // step takes a second or two, so this walk gets three times the usual budget.
  test.slow();
  const errors = await open(page);
  await listen(page);
  await sendFromForm(page, 'tcp', 80);
  await expect(page.getByTestId('send-result')).toHaveText(
    'Connection to 172.17.0.3 80 port [tcp/http] succeeded!',
  );
  await expect(page.getByTestId('step-explanation-text')).toContainText('route lookup for 172.17.0.3');

  // The SYN leaving c1: flags by name, Linux's options each with its own bytes.
  await nextFrameOut(page);
  await expect(page.locator('.packet-summary')).toContainText('Flags [SYN], seq');
  await expect(field(page, 'TCP', 'Destination port')).toHaveText('80 (http)');
  await expect(field(page, 'TCP', 'Flags')).toHaveText('0x02 (SYN)');
  await expect(field(page, 'TCP', 'Header length')).toHaveText('40 bytes (10)');
  // A socket's segment carries only the pseudo-header sum (checksum offload), as a capture shows it.
  await expect(field(page, 'TCP', 'Checksum')).toHaveText(/\(partial, checksum offload\)$/);
  await expect(field(page, 'TCP', 'Option: Maximum segment size')).toHaveText('1460 bytes');
  await expect(field(page, 'TCP', 'Option: SACK permitted')).toHaveText('yes');
  await expect(field(page, 'TCP', 'Option: Timestamps')).toHaveText(/^TSval \d+, TSecr 0$/);
  await expect(field(page, 'TCP', 'Option: Window scale')).toHaveText('10 (multiply by 1024)');
  // A click on an option highlights its bytes: kind 2, length 4, 1460 = 0x05b4.
  await page.getByTestId('field-TCP-Option: Maximum segment size').getByRole('button').click();
  await expect(page.locator('.hex-sel')).toHaveText([' 02 04 05 b4']);
  const isn = Number(await field(page, 'TCP', 'Sequence number').innerText());

  // c2's listener answers; the SYN|ACK acknowledges the SYN's sequence number + 1.
  await stepUntil(page, 'a listener on 0.0.0.0:80 answers with SYN|ACK');
  await expect(page.locator('.step-concept')).toHaveText('Concept: TCP in Linux (tcp(7))');
  await nextFrameOut(page);
  await expect(field(page, 'TCP', 'Flags')).toHaveText('0x12 (SYN, ACK)');
  await expect(field(page, 'TCP', 'Acknowledgment number')).toHaveText(String(isn + 1));
  await expect(field(page, 'TCP', 'Source port')).toHaveText('80 (http)');
  await stepUntil(page, '[SYN|ACK] belongs to a connection in state SYN_SENT');

  // The handshake's ACK, then nc -z closes at once: FIN|ACK.
  await nextFrameOut(page);
  await expect(field(page, 'TCP', 'Flags')).toHaveText('0x10 (ACK)');
  await expect(field(page, 'TCP', 'Option: Timestamps')).toHaveText(/^TSval \d+, TSecr \d+$/);
  await nextFrameOut(page);
  await expect(field(page, 'TCP', 'Flags')).toHaveText('0x11 (FIN, ACK)');
  await stepUntil(page, '[ACK] belongs to a connection in state SYN_RECV');
  await stepUntil(page, '[FIN|ACK] belongs to a connection in state ESTABLISHED');
  await stepUntil(page, 'belongs to a connection in state FIN_WAIT1');
  await stepUntil(page, 'belongs to a connection in state LAST_ACK');
  const shot = await page.screenshot({ path: testInfo.outputPath('step-tcp-1280x800.png') });
  await testInfo.attach('step-tcp', { body: shot, contentType: 'image/png' });

  // The TCP filter alone: every step left is a TCP one, and stepping stays within them.
  for (const c of ['arp', 'icmp', 'fdb', 'routing', 'drop', 'other'])
    if (await page.getByTestId(`filter-${c}`).count()) await page.getByTestId(`filter-${c}`).uncheck();
  const timeline = page.getByTestId('step-timeline');
  const tcpCount = (await page.getByTestId('filter-tcp').locator('..').innerText()).match(/\d+$/)![0];
  await expect(timeline).toHaveAttribute('data-count', tcpCount);
  await expect(timeline.locator('.step-event').first()).toBeVisible();
  await expect(timeline.locator('.step-event:not(.cat-tcp)')).toHaveCount(0);
  await page.getByTestId('step-back').click();
  await expect(page.getByTestId('step-explanation').locator('.step-kind')).toHaveClass(/cat-tcp/);
  expect(errors).toEqual([]);
});

test('a closed port answers RST; a UDP probe gets ICMP port unreachable quoting its header', async ({
  page,
}) => {
  // Dozens of steps, one click and one settled view each: on a machine shared with a heavy job a
  // step takes a second or two, so this walk gets three times the usual budget.
  test.slow();
  const errors = await open(page);
  await sendFromForm(page, 'tcp', 81);
  await expect(page.getByTestId('send-result')).toHaveText(
    'nc: connect to 172.17.0.3 port 81 (tcp) failed: Connection refused',
  );
  await stepUntil(page, 'nothing listens on port 81, so the kernel answers with a reset (RST)');
  await expect(page.getByTestId('step-explanation').locator('.step-kind')).toHaveClass(/cat-drop/);
  await nextFrameOut(page);
  await expect(page.locator('.packet-summary')).toContainText('Flags [RST, ACK]');
  await expect(field(page, 'TCP', 'Flags')).toHaveText('0x14 (RST, ACK)');
  await expect(field(page, 'TCP', 'Header length')).toHaveText('20 bytes (5)');
  await stepUntil(page, 'reset received in state SYN_SENT');

  await sendFromForm(page, 'udp', 53);
  await stepUntil(page, 'no socket is bound to port 53, so the kernel answers ICMP port unreachable');
  await expect(page.getByTestId('layer-UDP')).toBeVisible();
  await expect(field(page, 'UDP', 'Destination port')).toHaveText('53 (domain)');
  await nextFrameOut(page);
  await expect(page.locator('.packet-summary')).toContainText('ICMP port unreachable');
  await expect(page.getByTestId('layer-UDP (quoted)')).toBeVisible();
  await expect(field(page, 'UDP (quoted)', 'Destination port')).toHaveText('53 (domain)');

  // The UDP filter alone shows the probe's frames.
  for (const c of ['arp', 'icmp', 'tcp', 'fdb', 'routing', 'drop', 'other'])
    if (await page.getByTestId(`filter-${c}`).count()) await page.getByTestId(`filter-${c}`).uncheck();
  const timeline = page.getByTestId('step-timeline');
  await expect(timeline).toHaveAttribute('data-count', /^[1-9]/);
  await expect(timeline.locator('.step-event').first()).toHaveClass(/cat-udp/);
  await expect(timeline.locator('.step-event:not(.cat-udp)')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('"send from here": right-click a namespace or press its ➤, and the one send form takes it as source', async ({
  page,
}) => {
  const errors = await open(page);
  await listen(page);

  // Mouse: right-click c2; the form's source becomes c2, its destination an address elsewhere, focused.
  await page.getByTestId('netns:c2').locator('.netns-name').click({ button: 'right' });
  await expect(page.getByTestId('send-from')).toHaveValue('c2');
  const to = page.getByTestId('send-to');
  await expect(to).toBeFocused();
  await expect(to).not.toHaveValue('');
  await expect(to).not.toHaveValue('172.17.0.3'); // not c2's own address
  // The choices offered are the other namespaces' addresses.
  await expect(page.locator('#step-send-targets option[value="172.17.0.2"]')).toHaveCount(1);
  await expect(page.locator('#step-send-targets option[value="172.17.0.3"]')).toHaveCount(0);

  // Keyboard: c1's ➤, type the destination, TCP to port 80, Enter.
  const trigger = page.getByTestId('send-menu:c1');
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('send-from')).toHaveValue('c1');
  await expect(to).toBeFocused();
  await page.keyboard.type('172.17.0.3');
  await page.getByTestId('send-proto').selectOption('tcp');
  await page.getByTestId('send-port').fill('80');
  await sendAndSettle(page, () => page.getByTestId('send-port').press('Enter'));
  await expect(page.getByTestId('send-result')).toHaveText(
    'Connection to 172.17.0.3 80 port [tcp/http] succeeded!',
  );
  await expect(page.getByTestId('step-explanation-text')).toContainText('route lookup for 172.17.0.3');

  // A destination that is not an address is refused on the field, in the error colour.
  await to.fill('c2');
  await expect(page.getByTestId('send-error')).toBeVisible();
  await expect(page.getByTestId('send-go')).toBeDisabled();
  // A new lab starts with its own source and destination, and no result from the last one.
  await page.getByTestId('presets').selectOption('router.sh');
  await expect(page.getByTestId('send-from')).toHaveValue('left');
  await expect(to).toHaveValue('10.0.2.2');
  await expect(page.getByTestId('send-result')).toHaveCount(0);
  expect(errors).toEqual([]);
});
