/** The one place the Connections pages' URLs are spelled. */
export const connectionHref = (name: string, status?: string) =>
  `/connections/${encodeURIComponent(name)}${status && status !== 'all' ? `?status=${encodeURIComponent(status)}` : ''}`;
export const configHref = (id: string) => `/configs/${encodeURIComponent(id)}`;
export const userHref = (identifier: string) => `/users/${encodeURIComponent(identifier)}`;
export const readinessHref = (configId: string) => `/users/readiness?config=${encodeURIComponent(configId)}`;
