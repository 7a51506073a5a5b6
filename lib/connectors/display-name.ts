const KNOWN: Record<string, string> = {
  GMAIL: 'Gmail',
  GOOGLECALENDAR: 'Google Calendar',
  GOOGLEDRIVE: 'Google Drive',
  GITHUB: 'GitHub',
  HUBSPOT: 'HubSpot',
  SLACK: 'Slack',
  NOTION: 'Notion',
  LINEAR: 'Linear',
  JIRA: 'Jira',
  SALESFORCE: 'Salesforce',
};

/** A person-friendly connector label from a provider key ("GOOGLECALENDAR" -> "Google Calendar"). */
export function connectorLabel(provider: string): string {
  const key = provider.toUpperCase();
  if (KNOWN[key]) return KNOWN[key];
  const lower = provider.toLowerCase().replace(/[_-]+/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
