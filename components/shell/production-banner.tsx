import { TriangleAlert } from 'lucide-react';
import type { Role } from '@/lib/auth/roles';

/** On every page of a production environment, so no one changes it by mistake. */
export function ProductionBanner({ name, role }: { name: string; role: string | Role | null }) {
  return (
    <div
      role="note"
      data-testid="production-banner"
      className="mb-4 flex items-center gap-2 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950/50 dark:text-red-200"
    >
      <TriangleAlert className="size-4 shrink-0" aria-hidden />
      <span>
        <b>{name}</b> is a production environment: changes here reach live agents.
        {role === 'support' && ' You can look, not change (support).'}
      </span>
    </div>
  );
}
