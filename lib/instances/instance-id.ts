import { z } from 'zod';

export const instanceIdField = z
  .string()
  .trim()
  .regex(/^inst_[0-9]{1,30}$/, 'An instance id looks like inst_123');
