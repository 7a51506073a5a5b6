/** scalekit.v1.connected_accounts.ConnectedAccountService: each rpc is its REST route (API.md section 4). */
import type { Router } from '../http/router';
import { ConnectedAccountService } from './gen/scalekit/v1/connected_accounts/connected_accounts_pb';
import { bridgeService, type RestBinding } from './rest-bridge';

export const CONNECTED_ACCOUNT_BINDINGS: Record<string, RestBinding> = {
  ListConnectedAccounts: { route: 'GET /api/v1/connected_accounts' },
  SearchConnectedAccounts: { route: 'GET /api/v1/connected_accounts:search' },
  CreateConnectedAccount: { route: 'POST /api/v1/connected_accounts', body: '*' },
  UpdateConnectedAccount: { route: 'PUT /api/v1/connected_accounts', body: '*' },
  DeleteConnectedAccount: { route: 'POST /api/v1/connected_accounts:delete', body: '*' },
  GetMagicLinkForConnectedAccount: { route: 'POST /api/v1/connected_accounts/magic_link', body: '*' },
  GetConnectedAccount: { route: 'GET /api/v1/connected_accounts/{id}' },
  DisconnectConnectedAccount: { route: 'POST /api/v1/connected_accounts/{id}:disconnect', body: '*' },
  GetConnectedAccountAuth: { route: 'GET /api/v1/connected_accounts/auth' },
  GetConnectedAccountDetails: { route: 'GET /api/v1/connected_accounts/details' },
  VerifyConnectedAccountUser: { route: 'POST /api/v1/connected_accounts/user/verify', body: '*' },
};

export const connectedAccountService = (router: Router) =>
  bridgeService(router, ConnectedAccountService, CONNECTED_ACCOUNT_BINDINGS);
