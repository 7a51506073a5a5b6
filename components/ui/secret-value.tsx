'use client';

import { Eye, EyeOff } from 'lucide-react';
import { Button } from './button';
import { CopyButton } from './copy-button';

/**
 * A credential shown once (a session token, an instance URL): masked until the person reveals it, copyable
 * either way. The caller owns `revealed` because the snippets below it mask the same value.
 */
export function SecretValue({
  value,
  masked,
  revealed,
  onToggle,
  what,
  testId,
}: {
  value: string;
  masked: string;
  revealed: boolean;
  onToggle: () => void;
  /** Names the buttons: "Reveal token", "Copy instance URL". */
  what: string;
  testId?: string;
}) {
  return (
    <div className="flex items-center gap-2">
      <code
        className="min-w-0 flex-1 break-all rounded-md bg-zinc-100 px-3 py-2 font-mono text-xs dark:bg-zinc-800"
        data-testid={testId}
      >
        {revealed ? value : masked}
      </code>
      <Button
        variant="ghost"
        size="sm"
        onClick={onToggle}
        aria-label={revealed ? `Hide ${what}` : `Reveal ${what}`}
        title={revealed ? `Hide ${what}` : `Reveal ${what}`}
      >
        {revealed ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
      </Button>
      <CopyButton value={value} label={`Copy ${what}`} />
    </div>
  );
}
