"""The sandbox Keycloak realm answers as Keycloak does: grants, error bodies, PKCE, sessions, keys."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import re
import secrets
import time
import uuid
from html import unescape
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import jwt
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from sandbox.context import REALM_PATH, SandboxContext
from sandbox.oidc import Realm

OIDC = REALM_PATH + "/protocol/openid-connect"
TOKEN = OIDC + "/token"
AUTH = OIDC + "/auth"
REDIRECT = "http://127.0.0.1:53682/callback"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture
def ctx(tmp_path: Path) -> SandboxContext:
    return SandboxContext(base_url="http://testserver", data_dir=tmp_path)


@pytest.fixture
def realm(ctx: SandboxContext) -> Realm:
    realm = Realm(ctx)
    ctx.realm = realm
    return realm


@pytest.fixture
def client(realm: Realm) -> TestClient:
    app = FastAPI()
    app.include_router(realm.router(), prefix=REALM_PATH)
    return TestClient(app, follow_redirects=False)


def password_login(client: TestClient, client_id: str = "terracatalogueclient", **extra: str):
    data = {"grant_type": "password", "client_id": client_id, "username": "demo", "password": "demo"}
    data.update(extra)
    return client.post(TOKEN, data=data)


def refresh(client: TestClient, refresh_token: str, client_id: str = "terracatalogueclient"):
    data = {"grant_type": "refresh_token", "client_id": client_id, "refresh_token": refresh_token}
    return client.post(TOKEN, data=data)


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def auth_params(challenge: str, **extra: str) -> dict[str, str]:
    params = {
        "client_id": "terracatalogueclient",
        "response_type": "code",
        "redirect_uri": REDIRECT,
        "state": "st-123",
        "scope": "openid",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    params.update(extra)
    return params


def query_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def unverified(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def wait_past(exp: int) -> None:
    """Keycloak's tokens die once the current whole second is past exp."""
    while int(time.time()) <= exp:
        time.sleep(0.1)


# ---------------------------------------------------------------- discovery and keys


def test_discovery_document_lists_absolute_endpoints(client: TestClient, realm: Realm) -> None:
    reply = client.get(REALM_PATH + "/.well-known/openid-configuration")
    assert reply.status_code == 200
    doc = reply.json()
    base = "http://testserver/auth/realms/terrascope"
    assert doc["issuer"] == base == realm.issuer
    assert doc["authorization_endpoint"] == base + "/protocol/openid-connect/auth"
    assert doc["token_endpoint"] == base + "/protocol/openid-connect/token"
    assert doc["userinfo_endpoint"] == base + "/protocol/openid-connect/userinfo"
    assert doc["end_session_endpoint"] == base + "/protocol/openid-connect/logout"
    assert doc["jwks_uri"] == base + "/protocol/openid-connect/certs"
    assert doc["introspection_endpoint"] == base + "/protocol/openid-connect/token/introspect"
    assert doc["revocation_endpoint"] == base + "/protocol/openid-connect/revoke"
    assert {"authorization_code", "password", "refresh_token"} <= set(doc["grant_types_supported"])
    assert "S256" in doc["code_challenge_methods_supported"]
    assert "code" in doc["response_types_supported"]
    assert "openid" in doc["scopes_supported"]
    assert doc["authorization_response_iss_parameter_supported"] is True
    assert "device_authorization_endpoint" not in doc  # not offered by this sandbox (see README)


def test_jwks_verifies_access_token(client: TestClient) -> None:
    jwks = client.get(OIDC + "/certs").json()
    (key,) = jwks["keys"]
    assert key["kty"] == "RSA" and key["alg"] == "RS256" and key["use"] == "sig" and key["kid"]
    assert key["x5c"] and key["x5t#S256"]
    tokens = password_login(client).json()
    header = jwt.get_unverified_header(tokens["access_token"])
    assert header["alg"] == "RS256" and header["kid"] == key["kid"]
    public_key = jwt.algorithms.RSAAlgorithm.from_jwk(json.dumps(key))
    claims = jwt.decode(
        tokens["access_token"],
        public_key,
        algorithms=["RS256"],
        audience="account",
        issuer="http://testserver/auth/realms/terrascope",
    )
    assert claims["preferred_username"] == "demo"


# ---------------------------------------------------------------- password grant


@pytest.mark.parametrize("client_id", ["public", "terracatalogueclient"])
def test_password_grant_reply_is_keycloaks(client: TestClient, client_id: str) -> None:
    reply = password_login(client, client_id)
    assert reply.status_code == 200
    assert reply.headers["cache-control"] == "no-store" and reply.headers["pragma"] == "no-cache"
    body = reply.json()
    # Without scope=openid Keycloak returns no ID token and the scope lacks "openid".
    assert list(body) == [
        "access_token",
        "expires_in",
        "refresh_expires_in",
        "refresh_token",
        "token_type",
        "not-before-policy",
        "session_state",
        "scope",
    ]
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 300 and body["refresh_expires_in"] == 1800
    assert body["not-before-policy"] == 0
    assert body["scope"] == "email profile"
    access = unverified(body["access_token"])
    assert access["typ"] == "Bearer" and access["azp"] == client_id and access["aud"] == "account"
    assert access["iss"] == "http://testserver/auth/realms/terrascope"
    assert access["session_state"] == access["sid"] == body["session_state"]
    assert access["exp"] - access["iat"] == 300
    uuid.UUID(access["sub"])
    uuid.UUID(access["jti"])
    assert access["preferred_username"] == "demo" and access["email"] == "demo@example.org"
    assert "offline_access" in access["realm_access"]["roles"]


def test_password_grant_with_openid_scope_adds_id_token(client: TestClient) -> None:
    body = password_login(client, scope="openid").json()
    assert body["scope"] == "openid email profile"
    id_token = unverified(body["id_token"])
    assert id_token["typ"] == "ID" and id_token["aud"] == "terracatalogueclient"
    assert id_token["sid"] == body["session_state"]
    digest = hashlib.sha256(body["access_token"].encode()).digest()
    assert id_token["at_hash"] == base64.urlsafe_b64encode(digest[:16]).rstrip(b"=").decode()


def test_refresh_token_is_an_hs512_jwt_of_type_refresh(client: TestClient) -> None:
    body = password_login(client).json()
    assert jwt.get_unverified_header(body["refresh_token"])["alg"] == "HS512"
    claims = unverified(body["refresh_token"])
    assert claims["typ"] == "Refresh" and claims["azp"] == "terracatalogueclient"
    assert claims["aud"] == "http://testserver/auth/realms/terrascope"
    assert claims["exp"] - claims["iat"] == 1800
    assert claims["sid"] == body["session_state"]


def test_lifetimes_are_read_when_tokens_are_issued(client: TestClient, ctx: SandboxContext) -> None:
    ctx.access_token_lifetime, ctx.refresh_token_lifetime = 42, 99
    body = password_login(client).json()
    assert (body["expires_in"], body["refresh_expires_in"]) == (42, 99)


@pytest.mark.parametrize(
    ("data", "status", "expected"),
    [
        (
            {"grant_type": "password", "client_id": "public", "username": "demo", "password": "nope"},
            401,
            {"error": "invalid_grant", "error_description": "Invalid user credentials"},
        ),
        (
            {"grant_type": "password", "client_id": "public", "username": "ghost", "password": "demo"},
            401,
            {"error": "invalid_grant", "error_description": "Invalid user credentials"},
        ),
        (
            {"grant_type": "password", "client_id": "public", "username": "demo"},
            401,
            {"error": "invalid_grant", "error_description": "Invalid user credentials"},
        ),
        (
            {"grant_type": "password", "client_id": "public", "password": "demo"},
            401,
            {"error": "invalid_request", "error_description": "Missing parameter: username"},
        ),
        (
            {"grant_type": "password", "client_id": "nosuchclient", "username": "demo", "password": "demo"},
            401,
            {"error": "invalid_client", "error_description": "Invalid client or Invalid client credentials"},
        ),
        (
            {"grant_type": "password", "username": "demo", "password": "demo"},
            400,
            {"error": "invalid_client", "error_description": "Missing client_id parameter"},
        ),
        (
            {"client_id": "public", "username": "demo", "password": "demo"},
            400,
            {"error": "invalid_request", "error_description": "Missing form parameter: grant_type"},
        ),
        (
            {"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "client_id": "public"},
            400,
            {"error": "unsupported_grant_type", "error_description": "Unsupported grant_type"},
        ),
        (
            {"grant_type": "client_credentials", "client_id": "public"},
            401,
            {
                "error": "unauthorized_client",
                "error_description": "Public client not allowed to retrieve service account",
            },
        ),
        (
            {
                "grant_type": "password",
                "client_id": "public",
                "username": "demo",
                "password": "demo",
                "scope": "x",
            },
            400,
            {"error": "invalid_scope", "error_description": "Invalid scopes: x"},
        ),
        (
            {"grant_type": "refresh_token", "client_id": "public"},
            400,
            {"error": "invalid_request", "error_description": "No refresh token"},
        ),
        (
            {"grant_type": "refresh_token", "client_id": "public", "refresh_token": "garbage"},
            400,
            {"error": "invalid_grant", "error_description": "Invalid refresh token"},
        ),
        (
            {"grant_type": "authorization_code", "client_id": "terracatalogueclient"},
            400,
            {"error": "invalid_request", "error_description": "Missing parameter: code"},
        ),
        (
            {"grant_type": "authorization_code", "client_id": "terracatalogueclient", "code": "a.b.c"},
            400,
            {"error": "invalid_grant", "error_description": "Code not valid"},
        ),
    ],
)
def test_token_endpoint_errors(client: TestClient, data: dict, status: int, expected: dict) -> None:
    reply = client.post(TOKEN, data=data)
    assert reply.status_code == status
    assert reply.json() == expected


def test_duplicated_parameter_is_refused(client: TestClient) -> None:
    body = "grant_type=password&client_id=public&username=demo&username=demo&password=demo"
    reply = client.post(TOKEN, content=body, headers=FORM)
    assert reply.status_code == 400
    assert reply.json() == {"error": "invalid_request", "error_description": "duplicated parameter"}


def test_login_accepts_email_and_any_username_case(client: TestClient) -> None:
    data = {"grant_type": "password", "client_id": "public", "password": "demo"}
    assert client.post(TOKEN, data={**data, "username": "DEMO"}).status_code == 200
    assert client.post(TOKEN, data={**data, "username": "demo@example.org"}).status_code == 200


def test_client_id_in_basic_header_is_accepted(client: TestClient) -> None:
    basic = base64.b64encode(b"public:").decode()
    data = {"grant_type": "password", "username": "demo", "password": "demo"}
    reply = client.post(TOKEN, data=data, headers={"Authorization": "Basic " + basic})
    assert reply.status_code == 200


# ---------------------------------------------------------------- refresh and sessions


def test_refresh_after_access_token_expiry(client: TestClient, ctx: SandboxContext, realm: Realm) -> None:
    ctx.access_token_lifetime = 1
    first = password_login(client).json()
    assert realm.verify_bearer("Bearer " + first["access_token"]) is not None
    wait_past(unverified(first["access_token"])["exp"])
    assert realm.verify_bearer("Bearer " + first["access_token"]) is None
    reply = refresh(client, first["refresh_token"])
    assert reply.status_code == 200
    second = reply.json()
    assert second["session_state"] == first["session_state"]
    assert second["refresh_token"] != first["refresh_token"]
    assert realm.verify_bearer("Bearer " + second["access_token"])["sid"] == first["session_state"]
    # Keycloak's default ("Revoke Refresh Token" off): the previous refresh token stays usable.
    assert refresh(client, first["refresh_token"]).status_code == 200


def test_refresh_keeps_the_requested_scope(client: TestClient) -> None:
    first = password_login(client, scope="openid").json()
    second = refresh(client, first["refresh_token"]).json()
    assert second["scope"] == "openid email profile" and "id_token" in second


def test_refresh_extends_session_idle(client: TestClient, ctx: SandboxContext, realm: Realm) -> None:
    ctx.refresh_token_lifetime = 100
    first = password_login(client).json()
    realm.clock_offset = 60
    second = refresh(client, first["refresh_token"]).json()
    realm.clock_offset = 130  # past the first token's idle expiry, within the refreshed one
    assert refresh(client, second["refresh_token"]).status_code == 200
    expired = refresh(client, first["refresh_token"])
    assert expired.status_code == 400
    assert expired.json() == {"error": "invalid_grant", "error_description": "Token is not active"}


def test_expired_refresh_token_is_not_active(client: TestClient, ctx: SandboxContext) -> None:
    ctx.refresh_token_lifetime = 1
    body = password_login(client).json()
    wait_past(unverified(body["refresh_token"])["exp"])
    reply = refresh(client, body["refresh_token"])
    assert reply.status_code == 400
    assert reply.json() == {"error": "invalid_grant", "error_description": "Token is not active"}


def test_revoke_all_kills_sessions(client: TestClient, realm: Realm) -> None:
    body = password_login(client).json()
    bearer = "Bearer " + body["access_token"]
    assert realm.verify_bearer(bearer) is not None
    realm.revoke_all()
    assert realm.verify_bearer(bearer) is None
    reply = refresh(client, body["refresh_token"])
    assert reply.status_code == 400
    assert reply.json() == {"error": "invalid_grant", "error_description": "Session not active"}
    assert client.get(OIDC + "/userinfo", headers={"Authorization": bearer}).status_code == 401


def test_refresh_token_of_another_client_is_refused(client: TestClient) -> None:
    body = password_login(client, "public").json()
    reply = refresh(client, body["refresh_token"], "terracatalogueclient")
    assert reply.status_code == 400
    assert reply.json() == {
        "error": "invalid_grant",
        "error_description": "Invalid refresh token. Token client and authorized client don't match",
    }


def test_logout_with_refresh_token_ends_the_session(client: TestClient, realm: Realm) -> None:
    body = password_login(client).json()
    data = {"client_id": "terracatalogueclient", "refresh_token": body["refresh_token"]}
    reply = client.post(OIDC + "/logout", data=data)
    assert reply.status_code == 204 and reply.content == b""
    assert realm.verify_bearer("Bearer " + body["access_token"]) is None
    after = refresh(client, body["refresh_token"])
    assert after.status_code == 400
    assert after.json() == {"error": "invalid_grant", "error_description": "Session not active"}
    # Logging out again is harmless, as on Keycloak.
    assert client.post(OIDC + "/logout", data=data).status_code == 204


def test_revocation_endpoint_detaches_the_client(client: TestClient) -> None:
    body = password_login(client).json()
    data = {"client_id": "terracatalogueclient", "token": body["refresh_token"]}
    reply = client.post(OIDC + "/revoke", data=data)
    assert reply.status_code == 200 and reply.content == b""
    assert refresh(client, body["refresh_token"]).json()["error_description"] == "Session not active"


def test_revoked_access_token_no_longer_verifies(client: TestClient, realm: Realm) -> None:
    body = password_login(client).json()
    client.post(OIDC + "/revoke", data={"client_id": "terracatalogueclient", "token": body["access_token"]})
    assert realm.verify_bearer("Bearer " + body["access_token"]) is None
    assert refresh(client, body["refresh_token"]).status_code == 200


def test_revoke_refresh_token_option_refuses_reuse(client: TestClient, realm: Realm) -> None:
    realm.revoke_refresh_token = True
    first = password_login(client).json()
    assert refresh(client, first["refresh_token"]).status_code == 200
    reply = refresh(client, first["refresh_token"])
    assert reply.status_code == 400
    assert reply.json() == {
        "error": "invalid_grant",
        "error_description": "Maximum allowed refresh token reuse exceeded",
    }


def test_offline_access_gives_an_offline_token(client: TestClient, realm: Realm) -> None:
    body = password_login(client, scope="openid offline_access").json()
    assert body["refresh_expires_in"] == 0
    assert body["scope"] == "openid offline_access email profile"
    claims = unverified(body["refresh_token"])
    assert claims["typ"] == "Offline" and "exp" not in claims
    realm.clock_offset = 3 * 3600  # long past the online idle timeout
    assert refresh(client, body["refresh_token"]).status_code == 200


# ---------------------------------------------------------------- verify_bearer, userinfo, clock


def test_verify_bearer_rejects_malformed_headers(client: TestClient, realm: Realm) -> None:
    token = password_login(client).json()["access_token"]
    assert realm.verify_bearer(None) is None
    assert realm.verify_bearer("") is None
    assert realm.verify_bearer(token) is None
    assert realm.verify_bearer("Basic " + token) is None
    assert realm.verify_bearer("Bearer " + token[:-4] + "AAAA") is None
    assert realm.verify_bearer("bearer " + token)["azp"] == "terracatalogueclient"


def test_verify_bearer_rejects_tokens_of_another_realm_instance(
    client: TestClient, ctx: SandboxContext
) -> None:
    token = password_login(client).json()["access_token"]
    other = Realm(ctx)  # same key (per process) but no such session
    assert other.verify_bearer("Bearer " + token) is None


def test_userinfo(client: TestClient) -> None:
    token = password_login(client, scope="openid").json()["access_token"]
    reply = client.get(OIDC + "/userinfo", headers={"Authorization": "Bearer " + token})
    assert reply.status_code == 200
    info = reply.json()
    assert info["preferred_username"] == "demo" and info["sub"] == unverified(token)["sub"]
    posted = client.post(OIDC + "/userinfo", data={"access_token": token})
    assert posted.status_code == 200


def test_userinfo_errors(client: TestClient) -> None:
    missing = client.get(OIDC + "/userinfo")
    assert missing.status_code == 400
    assert missing.json() == {"error": "invalid_request", "error_description": "Token not provided"}
    bad = client.get(OIDC + "/userinfo", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401
    assert bad.json() == {"error": "invalid_token", "error_description": "Token verification failed"}
    assert bad.headers["www-authenticate"].startswith('Bearer realm="terrascope", error="invalid_token"')


def test_clock_offset_moves_server_time(client: TestClient, realm: Realm) -> None:
    realm.clock_offset = 3600
    claims = unverified(password_login(client).json()["access_token"])
    assert abs(claims["iat"] - (time.time() + 3600)) < 5
    assert realm.verify_bearer("Bearer " + password_login(client).json()["access_token"]) is not None


def test_introspection_is_refused_to_public_clients(client: TestClient) -> None:
    token = password_login(client).json()["access_token"]
    reply = client.post(OIDC + "/token/introspect", data={"client_id": "public", "token": token})
    assert reply.status_code == 403
    assert reply.json() == {"error": "invalid_request", "error_description": "Client not allowed."}


# ---------------------------------------------------------------- authorization code + PKCE


def login_through_form(client: TestClient, params: dict[str, str], password: str = "demo"):
    page = client.get(AUTH, params=params)
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    action = unescape(re.search(r'<form id="kc-form-login" action="([^"]+)"', page.text).group(1))
    return client.post(action, data={"username": "demo", "password": password, "credentialId": ""})


def test_pkce_round_trip_through_the_login_page(client: TestClient, realm: Realm) -> None:
    verifier, challenge = pkce_pair()
    reply = login_through_form(client, auth_params(challenge, nonce="n-1"))
    assert reply.status_code == 302
    location = reply.headers["location"]
    assert location.startswith(REDIRECT + "?")
    query = query_of(location)
    assert query["state"] == "st-123" and query["iss"] == realm.issuer
    assert query["session_state"] and query["code"].count(".") == 2
    data = {
        "grant_type": "authorization_code",
        "client_id": "terracatalogueclient",
        "code": query["code"],
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    tokens = client.post(TOKEN, data=data)
    assert tokens.status_code == 200
    body = tokens.json()
    assert body["scope"] == "openid email profile" and body["session_state"] == query["session_state"]
    assert unverified(body["id_token"])["nonce"] == "n-1"
    assert realm.verify_bearer("Bearer " + body["access_token"])["azp"] == "terracatalogueclient"
    assert refresh(client, body["refresh_token"]).status_code == 200


def test_wrong_password_on_the_login_page_shows_the_form_again(client: TestClient) -> None:
    _, challenge = pkce_pair()
    reply = login_through_form(client, auth_params(challenge), password="wrong")
    assert reply.status_code == 200
    assert "Invalid username or password." in reply.text and 'id="kc-form-login"' in reply.text


def test_sandbox_autologin_shortcut(client: TestClient) -> None:
    verifier, challenge = pkce_pair()
    reply = client.get(AUTH, params=auth_params(challenge, sandbox_autologin="demo"))
    assert reply.status_code == 302
    code = query_of(reply.headers["location"])["code"]
    data = {
        "grant_type": "authorization_code",
        "client_id": "terracatalogueclient",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    assert client.post(TOKEN, data=data).status_code == 200


def test_auto_login_knob_and_any_loopback_port(client: TestClient, realm: Realm) -> None:
    realm.auto_login = "demo"
    _, challenge = pkce_pair()
    for uri in ("http://localhost:5000/", "http://127.0.0.1:61234/cb?x=1", "http://localhost/"):
        reply = client.get(AUTH, params=auth_params(challenge, redirect_uri=uri))
        assert reply.status_code == 302, uri
        assert reply.headers["location"].startswith(uri + ("&" if "?" in uri else "?"))


def test_sso_cookie_skips_the_form_and_prompt_none_needs_it(client: TestClient, realm: Realm) -> None:
    _, challenge = pkce_pair()
    none = client.get(AUTH, params=auth_params(challenge, prompt="none"))
    assert none.status_code == 302
    assert query_of(none.headers["location"])["error"] == "login_required"
    first = client.get(AUTH, params=auth_params(challenge, sandbox_autologin="demo"))
    second = client.get(AUTH, params=auth_params(challenge, prompt="none"))
    assert second.status_code == 302
    assert (
        query_of(second.headers["location"])["session_state"]
        == query_of(first.headers["location"])["session_state"]
    )
    forced = client.get(AUTH, params=auth_params(challenge, prompt="login"))
    assert forced.status_code == 200 and 'id="kc-form-login"' in forced.text


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"client_id": "nosuchclient"}, "Client not found."),
        ({"client_id": None}, "Missing parameters: client_id"),
        ({"redirect_uri": "https://evil.example.com/cb"}, "Invalid parameter: redirect_uri"),
        ({"redirect_uri": "http://127.0.0.2:8080/cb"}, "Invalid parameter: redirect_uri"),
        ({"redirect_uri": None}, "Invalid parameter: redirect_uri"),
        ({"client_id": "public"}, "Invalid parameter: redirect_uri"),
    ],
)
def test_authorization_errors_shown_as_error_page(client: TestClient, override: dict, message: str) -> None:
    _, challenge = pkce_pair()
    params = {k: v for k, v in {**auth_params(challenge), **override}.items() if v is not None}
    reply = client.get(AUTH, params=params)
    assert reply.status_code == 400
    assert "We are sorry..." in reply.text and message in unescape(reply.text)


@pytest.mark.parametrize(
    ("override", "error", "description"),
    [
        (
            {"code_challenge_method": "plain"},
            "invalid_request",
            "Invalid parameter: code challenge method is not matching the configured one",
        ),
        ({"code_challenge_method": None}, "invalid_request", "Missing parameter: code_challenge_method"),
        ({"code_challenge": None}, "invalid_request", "Missing parameter: code_challenge"),
        ({"code_challenge": "short"}, "invalid_request", "Invalid parameter: code_challenge"),
        ({"response_type": None}, "invalid_request", "Missing parameter: response_type"),
        ({"response_type": "banana"}, "unsupported_response_type", None),
        (
            {"response_type": "token"},
            "unauthorized_client",
            "Client is not allowed to initiate browser login with given response_type. "
            "Implicit flow is disabled for the client.",
        ),
        ({"scope": "openid banana"}, "invalid_scope", "Invalid scopes: openid banana"),
    ],
)
def test_authorization_errors_redirected_to_the_client(
    client: TestClient, override: dict, error: str, description: str | None
) -> None:
    _, challenge = pkce_pair()
    params = {k: v for k, v in {**auth_params(challenge), **override}.items() if v is not None}
    reply = client.get(AUTH, params=params)
    assert reply.status_code == 302
    query = query_of(reply.headers["location"])
    assert query["error"] == error and query.get("error_description") == description
    assert query["state"] == "st-123"


def issued_code(client: TestClient) -> tuple[str, str]:
    verifier, challenge = pkce_pair()
    reply = client.get(AUTH, params=auth_params(challenge, sandbox_autologin="demo"))
    return query_of(reply.headers["location"])["code"], verifier


@pytest.mark.parametrize(
    ("change", "description"),
    [
        ({"code_verifier": "x" * 43}, "PKCE verification failed: Code mismatch"),
        ({"code_verifier": "short"}, "PKCE verification failed: Invalid code verifier"),
        ({"code_verifier": None}, "PKCE code verifier not specified"),
        ({"redirect_uri": "http://127.0.0.1:9/other"}, "Incorrect redirect_uri"),
        ({"client_id": "public"}, "Auth error"),
    ],
)
def test_code_exchange_errors(client: TestClient, change: dict, description: str) -> None:
    code, verifier = issued_code(client)
    data = {
        "grant_type": "authorization_code",
        "client_id": "terracatalogueclient",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    data = {k: v for k, v in {**data, **change}.items() if v is not None}
    reply = client.post(TOKEN, data=data)
    assert reply.status_code == 400
    assert reply.json() == {"error": "invalid_grant", "error_description": description}


def test_reused_code_is_refused_and_kills_its_tokens(client: TestClient, realm: Realm) -> None:
    code, verifier = issued_code(client)
    data = {
        "grant_type": "authorization_code",
        "client_id": "terracatalogueclient",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    first = client.post(TOKEN, data=data).json()
    again = client.post(TOKEN, data=data)
    assert again.status_code == 400
    assert again.json() == {"error": "invalid_grant", "error_description": "Code not valid"}
    assert realm.verify_bearer("Bearer " + first["access_token"]) is None
    assert refresh(client, first["refresh_token"]).status_code == 400


def test_expired_code(client: TestClient, realm: Realm) -> None:
    code, verifier = issued_code(client)
    realm.clock_offset = 61
    data = {
        "grant_type": "authorization_code",
        "client_id": "terracatalogueclient",
        "code": code,
        "redirect_uri": REDIRECT,
        "code_verifier": verifier,
    }
    reply = client.post(TOKEN, data=data)
    assert reply.json() == {"error": "invalid_grant", "error_description": "Code is expired"}


def test_browser_logout_clears_sso(client: TestClient) -> None:
    _, challenge = pkce_pair()
    client.get(AUTH, params=auth_params(challenge, sandbox_autologin="demo"))
    out = client.get(
        OIDC + "/logout",
        params={
            "post_logout_redirect_uri": "http://127.0.0.1:5000/bye",
            "client_id": "terracatalogueclient",
            "state": "s",
        },
    )
    assert out.status_code == 302 and out.headers["location"] == "http://127.0.0.1:5000/bye?state=s"
    again = client.get(AUTH, params=auth_params(challenge, prompt="none"))
    assert query_of(again.headers["location"])["error"] == "login_required"


# ---------------------------------------------------------------- secrets stay out of logs


def test_no_secret_is_logged(
    client: TestClient, ctx: SandboxContext, caplog: pytest.LogCaptureFixture
) -> None:
    ctx.users["demo"] = "pw-Xyz-8841"
    caplog.set_level(logging.DEBUG)
    body = password_login(client, scope="openid", password="pw-Xyz-8841").json()
    refresh(client, body["refresh_token"])
    code, verifier = issued_code(client)
    text = caplog.text
    for secret in ("pw-Xyz-8841", body["access_token"], body["refresh_token"], code, verifier):
        assert secret not in text
