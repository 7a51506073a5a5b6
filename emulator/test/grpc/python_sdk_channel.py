"""The official Python SDK's wire behaviour, rebuilt from Debian's grpcio and requests (the SDK itself cannot be
installed here), running the guides' MCP flow against the emulator. Prints one JSON report on stdout.

Exactly as scalekit-sdk-python 2.10.0 (scalekit/core.py): the token is POSTed to {env_url}/oauth/token with
`requests` (verify=True, so REQUESTS_CA_BUNDLE applies), then `grpc.secure_channel(netloc, ssl credentials +
access-token call credentials)` (GRPC_DEFAULT_SSL_ROOTS_FILE_PATH applies), and every call carries the explicit
metadata user-agent, x-api-version, x-sdk-version and authorization: so `authorization` is sent twice.

Usage: python3 python_sdk_channel.py <env_url> <client_id> <client_secret> (stubs on PYTHONPATH).
"""

import json
import platform
import sys
import time
from urllib.parse import urlparse

import grpc
import requests
from google.rpc import status_pb2
from scalekit.v1.errdetails import errdetails_pb2
from scalekit.v1.mcp import mcp_pb2, mcp_pb2_grpc

SDK_VERSION = "Scalekit-Python/2.10.0"
API_VERSION = "20260513"
USER_AGENT = (
    f"{SDK_VERSION} Python/{platform.python_version()} ({platform.system()}; {platform.architecture()}"
)


def sdk_headers(token=None, extra=None):
    headers = {"user-agent": USER_AGENT, "x-api-version": API_VERSION, "x-sdk-version": SDK_VERSION}
    if token:
        headers["authorization"] = f"Bearer {token}"
    return {**headers, **(extra or {})}


def fetch_token(env_url, client_id, client_secret):
    response = requests.post(
        env_url + "/oauth/token",
        headers=sdk_headers(extra={"Content-Type": "application/x-www-form-urlencoded"}),
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
        verify=True,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def error_report(err):
    """What ScalekitServerException.promote reads: grpc_status.rpc_status.from_call, done by hand."""
    trailers = dict(err.trailing_metadata() or ())
    raw = trailers.get("grpc-status-details-bin")
    out = {"code": err.code().name, "message": err.details(), "has_details_trailer": raw is not None}
    if raw is not None:
        status = status_pb2.Status.FromString(raw)
        out["status_code_matches"] = status.code == err.code().value[0]
        out["status_message_matches"] = status.message == err.details()
        infos = []
        for detail in status.details:
            info = errdetails_pb2.ErrorInfo()
            if detail.Unpack(info):
                infos.append({"error_code": info.error_code, "request_id": info.request_info.request_id})
        out["error_infos"] = infos
    return out


def main():
    env_url, client_id, client_secret = sys.argv[1:4]
    token = fetch_token(env_url, client_id, client_secret)
    credentials = grpc.composite_channel_credentials(
        grpc.ssl_channel_credentials(), grpc.access_token_call_credentials(token)
    )
    channel = grpc.secure_channel(urlparse(env_url).netloc, credentials)
    mcp = mcp_pb2_grpc.McpServiceStub(channel)
    metadata = tuple(sdk_headers(token).items())
    report = {}

    # The guide: a config mapping the seeded MY_GMAIL and MY_CALENDAR connections.
    config = mcp.CreateMcpConfig(
        mcp_pb2.CreateMcpConfigRequest(
            config=mcp_pb2.McpConfig(
                name="reminder-manager",
                description="Reads mail and creates reminders on the calendar",
                connection_tool_mappings=[
                    mcp_pb2.McpConfigConnectionToolMapping(connection_name="MY_GMAIL", tools=["gmail_fetch_mails"]),
                    mcp_pb2.McpConfigConnectionToolMapping(
                        connection_name="MY_CALENDAR", tools=["googlecalendar_create_event"]
                    ),
                ],
            )
        ),
        metadata=metadata,
    ).config
    report["config"] = {"id": config.id, "name": config.name, "mcp_server_url": config.mcp_server_url}

    user = "python-guide@example.com"
    ensure = mcp_pb2.EnsureMcpInstanceRequest(config_name=config.name, user_identifier=user)
    first = mcp.EnsureMcpInstance(ensure, metadata=metadata).instance
    second = mcp.EnsureMcpInstance(ensure, metadata=metadata).instance
    report["instance"] = {"id": first.id, "second_id": second.id, "url": first.url, "config_id": first.config.id}

    state = mcp.GetMcpInstanceAuthState(
        mcp_pb2.GetMcpInstanceAuthStateRequest(instance_id=first.id, include_auth_links=True), metadata=metadata
    )
    report["auth_state"] = [
        {"connection_name": c.connection_name, "status": c.connected_account_status, "link": c.authentication_link}
        for c in state.connections
    ]

    # The user authorizes each link on the hosted page (the Allow form), as in a browser.
    for c in state.connections:
        requests.post(c.authentication_link, data={"decision": "allow"}).raise_for_status()

    # wait_for_auth: poll until every connection is ACTIVE.
    polls = 0
    while True:
        polls += 1
        state = mcp.GetMcpInstanceAuthState(
            mcp_pb2.GetMcpInstanceAuthStateRequest(instance_id=first.id), metadata=metadata
        )
        statuses = [c.connected_account_status for c in state.connections]
        if all(s == "ACTIVE" for s in statuses) or polls >= 50:
            break
        time.sleep(0.1)
    report["after_authorize"] = {"statuses": statuses, "polls": polls}

    # Then an MCP client on the instance URL (Streamable HTTP, no headers: the URL is the credential).
    mcp_headers = {"content-type": "application/json", "accept": "application/json, text/event-stream"}
    listed = requests.post(
        first.url, headers=mcp_headers, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    ).json()
    report["mcp_tools"] = sorted(t["name"] for t in listed["result"]["tools"])

    # The SDK's error contract: NOT_FOUND with a details trailer that decodes to ErrorInfo.
    try:
        mcp.GetMcpConfig(mcp_pb2.GetMcpConfigRequest(config_id="cfg_does_not_exist"), metadata=metadata)
        report["not_found"] = "no error"
    except grpc.RpcError as err:
        report["not_found"] = error_report(err)

    # No token at all: UNAUTHENTICATED, which is what makes the SDKs fetch one.
    bare = grpc.secure_channel(urlparse(env_url).netloc, grpc.ssl_channel_credentials())
    try:
        mcp_pb2_grpc.McpServiceStub(bare).ListMcpConfigs(mcp_pb2.ListMcpConfigsRequest())
        report["unauthenticated"] = "no error"
    except grpc.RpcError as err:
        report["unauthenticated"] = error_report(err)

    print(json.dumps(report))


if __name__ == "__main__":
    main()
