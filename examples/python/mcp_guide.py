"""Scalekit's MCP guide, unchanged, against the local emulator (or a real Scalekit environment).

Creates an MCP config mapping Gmail and Calendar, ensures a per-user MCP instance, prints the authorization
links, waits until every connection is ACTIVE, then lists the instance's tools with an MCP client.

    pip install scalekit-sdk-python langchain-mcp-adapters
    npm start   # in the repo: prints the URL and the CA file below
    export SCALEKIT_ENV_URL=https://localhost:4010
    export SCALEKIT_CLIENT_ID=skc_emulator_demo SCALEKIT_CLIENT_SECRET=skcs_emulator_demo_secret
    export GRPC_DEFAULT_SSL_ROOTS_FILE_PATH=$PWD/.data/emulator-development/tls/ca.pem   # gRPC trusts the local CA
    export REQUESTS_CA_BUNDLE=$PWD/.data/emulator-development/tls/ca.pem                 # so does the token request
    python examples/python/mcp_guide.py
"""

import asyncio
import os
import time

from langchain_mcp_adapters.client import MultiServerMCPClient
from scalekit import ScalekitClient
from scalekit.actions.models.mcp_config import McpConfigConnectionToolMapping

USER = os.environ.get("GUIDE_USER", "john-doe")
CONFIG_NAME = os.environ.get("GUIDE_CONFIG", "reminder-manager")

scalekit = ScalekitClient(
    os.environ["SCALEKIT_ENV_URL"],
    os.environ["SCALEKIT_CLIENT_ID"],
    os.environ["SCALEKIT_CLIENT_SECRET"],
)
mcp = scalekit.actions.mcp


def ensure_config():
    """Create the config once; a second run finds it by name."""
    existing = mcp.list_configs(filter_name=CONFIG_NAME)
    if existing.configs:
        return existing.configs[0]
    return mcp.create_config(
        name=CONFIG_NAME,
        description="Summarizes latest email and creates a reminder on the calendar",
        connection_tool_mappings=[
            McpConfigConnectionToolMapping(connection_name="MY_GMAIL", tools=["gmail_fetch_mails"]),
            McpConfigConnectionToolMapping(
                connection_name="MY_CALENDAR", tools=["googlecalendar_create_event"]
            ),
        ],
    ).config


def wait_for_auth(instance_id, timeout_s=300):
    """Poll the instance's auth state until every connection is ACTIVE."""
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        state = mcp.get_instance_auth_state(instance_id=instance_id)
        pending = [c for c in state.connections if (c.connected_account_status or "").upper() != "ACTIVE"]
        if not pending:
            return
        print("waiting for:", ", ".join(c.connection_name for c in pending))
        time.sleep(3)
    raise TimeoutError("the user did not authorize every connection in time")


async def list_tools(url):
    # The instance URL is the credential: no headers.
    client = MultiServerMCPClient({"reminder": {"transport": "streamable_http", "url": url}})
    return await client.get_tools()


def main():
    config = ensure_config()
    print(f"config {config.name} ({config.id})")
    instance = mcp.ensure_instance(config_name=config.name, user_identifier=USER).instance
    print(f"instance {instance.id} for {USER}")
    state = mcp.get_instance_auth_state(instance_id=instance.id, include_auth_links=True)
    for c in state.connections:
        if (c.connected_account_status or "").upper() != "ACTIVE":
            print(f"authorize {c.connection_name}: {c.authentication_link}")
    wait_for_auth(instance.id)
    tools = asyncio.run(list_tools(instance.url))
    print("tools:", ", ".join(t.name for t in tools))


if __name__ == "__main__":
    main()
