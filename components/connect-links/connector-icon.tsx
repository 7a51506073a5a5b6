import {
  Calendar,
  FileText,
  FolderOpen,
  GitBranch,
  Mail,
  MessageSquare,
  Plug,
  type LucideIcon,
} from 'lucide-react';

// Generic pictures, not brand marks: enough for a person to tell their mail from their calendar at a glance.
const ICONS: Record<string, LucideIcon> = {
  GMAIL: Mail,
  OUTLOOK: Mail,
  GOOGLECALENDAR: Calendar,
  GOOGLEDRIVE: FolderOpen,
  GITHUB: GitBranch,
  SLACK: MessageSquare,
  NOTION: FileText,
};

export function ConnectorIcon({ provider }: { provider: string }) {
  const Icon = ICONS[provider.toUpperCase()] ?? Plug;
  return (
    <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-zinc-100 text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
      <Icon className="size-5" aria-hidden />
    </span>
  );
}
