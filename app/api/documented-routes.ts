/**
 * The routes `/api/openapi.json` documents: every route that accepts API keys (the command line's), plus the
 * schema routes. tests/openapi/openapi.test.ts fails when a route taking API keys is missing here or a path here
 * does not match its file.
 */
import type { DocumentedRoute } from '@/lib/openapi/document';
import * as configFileSchema from './config-file.schema.json/route';
import * as apply from './environments/[env]/configs/apply/route';
import * as exportConfigs from './environments/[env]/configs/export/route';
import * as plan from './environments/[env]/configs/plan/route';

export const DOCUMENTED_ROUTES: DocumentedRoute[] = [
  { path: '/api/environments/{env}/configs/export', method: 'get', route: exportConfigs.GET },
  { path: '/api/environments/{env}/configs/plan', method: 'post', route: plan.POST },
  { path: '/api/environments/{env}/configs/apply', method: 'post', route: apply.POST },
  { path: '/api/config-file.schema.json', method: 'get', route: configFileSchema.GET },
];
