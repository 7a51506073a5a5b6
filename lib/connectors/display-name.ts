/**
 * The one map from a connector (its slug or provider key, any case) to the name people know it by:
 * "googlecalendar", "GOOGLECALENDAR" and "google_calendar" are all "Google Calendar". Every screen that shows a
 * connector goes through here. Browser-safe, no imports.
 */
const KNOWN: Record<string, string> = {
  GMAIL: 'Gmail',
  GOOGLECALENDAR: 'Google Calendar',
  GOOGLEDRIVE: 'Google Drive',
  GOOGLESHEETS: 'Google Sheets',
  GOOGLEDOCS: 'Google Docs',
  GITHUB: 'GitHub',
  GITLAB: 'GitLab',
  HUBSPOT: 'HubSpot',
  LINKEDIN: 'LinkedIn',
  ONEDRIVE: 'OneDrive',
  OUTLOOK: 'Outlook',
  SALESFORCE: 'Salesforce',
  SLACK: 'Slack',
  NOTION: 'Notion',
  LINEAR: 'Linear',
  JIRA: 'Jira',
  ZENDESK: 'Zendesk',
};

/** "GOOGLECALENDAR" -> "Google Calendar"; an unknown "microsoft_teams" -> "Microsoft Teams". */
export function connectorLabel(provider: string): string {
  const slug = provider.trim();
  const key = slug.toUpperCase().replace(/[_-]+/g, '');
  if (KNOWN[key]) return KNOWN[key];
  return slug
    .toLowerCase()
    .split(/[_\s-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
