import { describe, expect, it } from 'vitest';
import { describeEvent } from './timeline';

const event = (connector: string, connectionName: string) => ({
  type: 'connected_account.created',
  connector,
  connectionName,
  oldStatus: null,
  status: null,
});

describe('describeEvent', () => {
  it('names the connector as people know it, and a connection whose own name says more beside it', () => {
    expect(describeEvent(event('GOOGLECALENDAR', 'googlecalendar'))).toBe('Google Calendar account created');
    expect(describeEvent(event('GMAIL', 'MY_GMAIL'))).toBe('Gmail (MY_GMAIL) account created');
    expect(describeEvent(event('', 'hubspot'))).toBe('HubSpot account created');
    expect(describeEvent(event('', ''))).toBe('A connection account created');
  });
});
