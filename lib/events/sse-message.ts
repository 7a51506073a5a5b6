/** Browser-safe: what one pushed `account` event carries (who changed; never a status or a token). */
export interface LiveMessage {
  identifier: string;
  connectionName: string;
  type: string;
}

export function parseLiveMessage(data: string): LiveMessage | null {
  try {
    const v = JSON.parse(data) as Partial<LiveMessage>;
    if (typeof v.identifier !== 'string') return null;
    return {
      identifier: v.identifier,
      connectionName: String(v.connectionName ?? ''),
      type: String(v.type ?? ''),
    };
  } catch {
    return null;
  }
}
