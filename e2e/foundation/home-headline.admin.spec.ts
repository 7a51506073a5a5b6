import { expect, test } from '../support/hydrated';
import { E2E } from '../support/e2e-env';
import { docScreenshot } from '../support/screenshots';

/**
 * "Is everything alright?" answered in one line per environment, from the figures the page shows under it: the
 * demo data's success rate is below the default threshold (95%), so the line must say degraded and quote the
 * activity card's own figure, and "Recent problems" must count the failures the activity card counts.
 */
test('the environment overview heads with its state, judged from the figures it shows, and problems from every source', async ({
  page,
}) => {
  await page.goto(`/${E2E.environment}`);
  const headline = page.getByTestId('headline');
  await expect(headline).toBeVisible();

  const rateText = (await page.getByTestId('overview-success-rate').textContent())!.trim();
  const rate = Number(rateText.replace('%', ''));
  // The demo seed fails about a quarter of its calls: a rate at or over the threshold would make this test vacuous.
  expect(rate).toBeLessThan(95);
  await expect(headline).toHaveAttribute('data-state', 'degraded');
  await expect(headline).toContainText(`${rateText} of `);
  await expect(headline).toContainText('(threshold 95%)');

  // The activity card's most frequent error code, and its count, are among the problems too, labelled by source.
  const top = page
    .getByTestId('activity-overview')
    .locator('li', { has: page.locator('code') })
    .first();
  const code = (await top.locator('code').textContent())!.trim();
  const times = (await top.locator('span').textContent())!.trim();
  const problems = page.getByTestId('recent-problems');
  await expect(problems).not.toContainText('Nothing expired or failed');
  const toolCalls = problems.getByTestId('problems-tool-calls');
  await expect(toolCalls).toContainText('Tool calls, last 24 h');
  await expect(toolCalls.locator('li', { hasText: code })).toContainText(times);
  await expect(problems.getByTestId('problems-accounts')).toContainText('Account states');
  await expect(problems.getByTestId('problems-events')).toContainText('Webhook events');
  await docScreenshot(page, 'environment-overview', { fullPage: true });

  // The chosen window is the one judged: over 7 days the line quotes the 7-day figure.
  const week = page
    .getByRole('navigation', { name: 'Overview range' })
    .getByRole('link', { name: '7 d', exact: true });
  await week.click();
  await expect(page).toHaveURL(new RegExp(`/${E2E.environment}\\?activity=7d$`));
  await expect(week).toHaveAttribute('aria-current', 'true');
  const weekRate = (await page.getByTestId('overview-success-rate').textContent())!.trim();
  await expect(page.getByTestId('headline')).toContainText(`${weekRate} of `);
  await expect(page.getByTestId('headline')).toContainText('in the last 7 d');
});

test('each environment card on the console home carries the same headline as its overview', async ({
  page,
}) => {
  await page.goto('/');
  const card = page.getByTestId(`environment-${E2E.environment}`);
  await expect(card.getByTestId('headline')).toHaveAttribute('data-state', 'degraded');
  await expect(card.getByTestId('headline')).toContainText(/tool calls succeeded in the last 24 h/);
  await expect(page.getByTestId('environment-production').getByTestId('headline')).toBeVisible();
});
