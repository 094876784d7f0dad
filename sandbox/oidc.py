"""A stand-in for the Terrascope SSO: the Keycloak realm ``terrascope`` (``https://sso.terrascope.be``).

Mounted by the app factory under ``/auth/realms/terrascope``::

    realm = Realm(ctx)
    ctx.realm = realm
    app.include_router(realm.router(), prefix="/auth/realms/terrascope")

It reproduces what a desktop client meets on the real realm: the discovery document, the JWKS, the token
endpoint (password, refresh_token and authorization_code + PKCE grants, with Keycloak's JSON replies and
error strings), the authorization endpoint with a small login page, userinfo, logout, revocation and the
introspection endpoint's refusal of public clients. Behaviour follows Keycloak's source
(``keycloak/keycloak``: ``TokenEndpoint``, ``TokenManager``, ``AuthorizationEndpointChecker``, ``PkceUtils``,
``RedirectUtils``, ``LogoutEndpoint``, ``UserInfoEndpoint``, ``TokenRevocationEndpoint``, the direct-grant
authenticators); the sandbox README lists what was verified there and what is inferred for this realm.

Sandbox-only additions, never present on the real realm:

* ``GET .../auth?...&sandbox_autologin=<username>`` logs that user in without showing the form (the password
  is taken from ``ctx.users``, so no secret ever travels in a URL or lands in an access log);
* :attr:`Realm.auto_login` does the same for every authorization request (a "human" who always signs in);
* :attr:`Realm.clock_offset` shifts the server clock (seconds) to simulate skew between server and client;
* :attr:`Realm.revoke_refresh_token` turns on Keycloak's "Revoke Refresh Token" realm option (default off);
* :meth:`Realm.revoke_all` kills every session, as an administrator's "sign out all active sessions".

Secrets (passwords, tokens, codes) are never logged.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import html
import re
import secrets
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlencode

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from sandbox.context import REALM_PATH, SandboxContext

REALM_NAME = "terrascope"

# Keycloak realm defaults (admin console "Sessions" and "Tokens" tabs). The access-token lifespan and the
# SSO session idle timeout come from the context instead, read each time a token is issued.
SSO_SESSION_MAX_LIFESPAN = 36000  # 10 h
OFFLINE_SESSION_IDLE_TIMEOUT = 2592000  # 30 days; offline session max lifespan is disabled by default
ACCESS_CODE_LIFESPAN = 60  # "Client login timeout": an authorization code lives one minute
LOGIN_LIFESPAN = 1800  # "Login timeout": the login page may sit open 30 minutes
REFRESH_TOKEN_MAX_REUSE = 0  # only used when revoke_refresh_token is on

# Client scopes of a default Keycloak realm. Default scopes are always applied; only email and profile
# are "included in token scope", so a reply's scope is "[openid ][optional ]email profile".
DEFAULT_CLIENT_SCOPES = ("web-origins", "acr", "profile", "roles", "email", "basic")
OPTIONAL_CLIENT_SCOPES = ("address", "phone", "offline_access", "microprofile-jwt")
TOKEN_SCOPE_DEFAULTS = ("email", "profile")

# Roles every user of a fresh Keycloak realm gets through "default-roles-<realm>".
REALM_ROLES = ["default-roles-terrascope", "offline_access", "uma_authorization"]
ACCOUNT_ROLES = ["manage-account", "manage-account-links", "view-profile"]

PKCE_PATTERN = re.compile(r"^[0-9a-zA-Z\-._~]+$")
LOOPBACK_PREFIXES = ("http://localhost", "http://127.0.0.1", "http://[::1]")
HTML_TYPE = "text/html;charset=utf-8"


@dataclass(frozen=True)
class ClientConfig:
    """A realm client. Both Terrascope clients are public (no secret), as VITO's client config shows."""

    client_id: str
    direct_access_grants: bool
    standard_flow: bool
    redirect_uris: tuple[str, ...] = ()
    pkce_method: str | None = None  # "Proof Key for Code Exchange Code Challenge Method" client setting

    @property
    def uuid(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, "terrascope-sandbox-client:" + self.client_id))


CLIENTS: dict[str, ClientConfig] = {
    # Used by the opengeos plugin for the password grant only: standard flow assumed off.
    "public": ClientConfig("public", direct_access_grants=True, standard_flow=False),
    # VITO's terracatalogueclient: password grant and the interactive (browser, PKCE S256) login, whose
    # loopback redirect is http://localhost:5000/ by default (requests_auth). Registering the host without a
    # port lets Keycloak accept any port on it (RedirectUtils strips the port of loopback redirects).
    "terracatalogueclient": ClientConfig(
        "terracatalogueclient",
        direct_access_grants=True,
        standard_flow=True,
        redirect_uris=("http://localhost/*", "http://127.0.0.1/*"),
        pkce_method="S256",
    ),
}


class OAuthError(Exception):
    """An error reply in Keycloak's shape: ``{"error": ..., "error_description": ...}``."""

    def __init__(self, status: int, error: str, description: str | None = None, headers: dict | None = None):
        super().__init__(error)
        self.status = status
        self.error = error
        self.description = description
        self.headers = headers or {}

    def response(self) -> JSONResponse:
        body: dict[str, str] = {"error": self.error}
        if self.description is not None:
            body["error_description"] = self.description
        return JSONResponse(body, status_code=self.status, headers=_no_store(self.headers))


class ErrorPage(Exception):
    """Keycloak's HTML error page ("We are sorry..."), shown when it cannot redirect back to the client."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class ClientSession:
    client_id: str
    started: int
    timestamp: int
    scope: str
    current_refresh_jti: str | None = None
    refresh_use_count: int = 0


@dataclass
class UserSession:
    id: str
    username: str
    started: int
    last_refresh: int
    offline: bool = False
    clients: dict[str, ClientSession] = field(default_factory=dict)


@dataclass
class AuthCode:
    id: str
    session_id: str
    client_id: str
    redirect_uri: str
    scope: str
    nonce: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    expires: int


@dataclass
class LoginRequest:
    """An authorization request waiting for the user to submit the login form (Keycloak's auth session)."""

    tab_id: str
    client_id: str
    redirect_uri: str
    response_mode: str
    state: str | None
    scope: str
    nonce: str | None
    code_challenge: str | None
    code_challenge_method: str | None
    expires: int


@dataclass
class _Keys:
    private_key: rsa.RSAPrivateKey
    kid: str
    jwk: dict[str, Any]


_PROCESS_KEYS: _Keys | None = None
_PROCESS_KEYS_LOCK = threading.Lock()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _int_b64url(value: int) -> str:
    return _b64url(value.to_bytes((value.bit_length() + 7) // 8, "big"))


def _process_keys() -> _Keys:
    """One RSA 2048 realm key per process: generating one costs ~0.1 s, and tests build many realms."""
    global _PROCESS_KEYS
    with _PROCESS_KEYS_LOCK:
        if _PROCESS_KEYS is None:
            _PROCESS_KEYS = _make_keys()
        return _PROCESS_KEYS


def _make_keys() -> _Keys:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    numbers = key.public_key().public_numbers()
    n, e = _int_b64url(numbers.n), _int_b64url(numbers.e)
    # Keycloak's kid is an RFC 7638-style thumbprint of the key; any stable opaque string would do.
    thumb = f'{{"e":"{e}","kty":"RSA","n":"{n}"}}'.encode()
    kid = _b64url(hashlib.sha256(thumb).digest())
    der = _self_signed_cert(key).public_bytes(serialization.Encoding.DER)
    jwk = {
        "kid": kid,
        "kty": "RSA",
        "alg": "RS256",
        "use": "sig",
        "n": n,
        "e": e,
        "x5c": [base64.b64encode(der).decode("ascii")],
        "x5t": _b64url(hashlib.sha1(der).digest()),  # noqa: S324 - an X.509 thumbprint, not a security hash
        "x5t#S256": _b64url(hashlib.sha256(der).digest()),
    }
    return _Keys(private_key=key, kid=kid, jwk=jwk)


def _self_signed_cert(key: rsa.RSAPrivateKey) -> x509.Certificate:
    """Keycloak publishes its realm key with a self-signed certificate whose CN is the realm name."""
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, REALM_NAME)])
    now = datetime.datetime.now(datetime.timezone.utc)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )


def _no_store(headers: dict | None = None) -> dict[str, str]:
    # RFC 6749 section 5.1, and Keycloak's TokenEndpoint: token replies must not be cached.
    merged = {"Cache-Control": "no-store", "Pragma": "no-cache"}
    merged.update(headers or {})
    return merged


def _parse_scope(scope: str | None) -> list[str]:
    seen: list[str] = []
    for part in (scope or "").split(" "):
        if part and part not in seen:
            seen.append(part)
    return seen


def _append_params(uri: str, params: list[tuple[str, str]], fragment: bool = False) -> str:
    query = urlencode(params)
    if fragment:
        return uri + ("&" if "#" in uri else "#") + query
    return uri + ("&" if "?" in uri else "?") + query


class Realm:
    """The Terrascope Keycloak realm. Thread-safe: every state change happens under one lock."""

    def __init__(self, ctx: SandboxContext):
        self.ctx = ctx
        self.clock_offset: float = 0.0  # seconds added to time.time(): the server's clock skew
        self.auto_login: str | None = None  # sandbox-only: this user "types" their password at once
        self.revoke_refresh_token: bool = False  # Keycloak realm option, off by default
        self.session_idle_window: int = (
            0  # Keycloak's cross-DC idle tolerance (120 s without persistent sessions)
        )
        self.clients: dict[str, ClientConfig] = dict(CLIENTS)
        self._keys = _process_keys()
        self._hmac_secret = secrets.token_bytes(64)
        self._hmac_kid = str(uuid.uuid4())
        self._lock = threading.RLock()
        self._sessions: dict[str, UserSession] = {}
        self._codes: dict[str, AuthCode] = {}
        self._used_codes: dict[str, str] = {}  # code id -> session id, to punish replays as Keycloak does
        self._logins: dict[str, LoginRequest] = {}
        self._revoked_jti: dict[str, int] = {}  # access-token ids revoked through the revocation endpoint

    # ------------------------------------------------------------------ public interface

    @property
    def issuer(self) -> str:
        return self.ctx.base_url + REALM_PATH

    def now(self) -> int:
        """Keycloak's Time.currentTime(): whole seconds."""
        return int(time.time() + self.clock_offset)

    def revoke_all(self) -> None:
        """Fault knob: remove every user and offline session (admin "Sign out all active sessions")."""
        with self._lock:
            self._sessions.clear()
            self._codes.clear()

    def verify_bearer(self, authorization: str | None) -> dict | None:
        """Claims of a valid ``Authorization: Bearer <access token>``, else None.

        Checks what Keycloak's userinfo endpoint checks: RS256 signature with the realm key, ``typ`` Bearer,
        issuer, expiry without leeway (valid while now <= exp), not revoked, and a live session with this
        client attached. (Note: a resource server that validates tokens offline would accept a token of a
        killed session until it expires; this sandbox's services are stricter on purpose.)
        """
        if not authorization:
            return None
        scheme, _, token = authorization.strip().partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        try:
            return self._validate_access_token(token.strip())
        except OAuthError:
            return None

    def router(self) -> APIRouter:
        router = APIRouter()
        oidc = "/protocol/openid-connect"
        router.add_api_route("", self._realm_info, methods=["GET"], include_in_schema=False)
        router.add_api_route("/.well-known/openid-configuration", self._discovery, methods=["GET"])
        router.add_api_route(oidc + "/certs", self._certs, methods=["GET"])
        router.add_api_route(oidc + "/token", self._token_endpoint, methods=["POST"])
        router.add_api_route(oidc + "/token/introspect", self._introspect_endpoint, methods=["POST"])
        router.add_api_route(oidc + "/auth", self._auth_endpoint, methods=["GET"])
        router.add_api_route("/login-actions/authenticate", self._login_action, methods=["POST"])
        router.add_api_route(oidc + "/userinfo", self._userinfo_endpoint, methods=["GET", "POST"])
        router.add_api_route(oidc + "/logout", self._logout_endpoint, methods=["GET", "POST"])
        router.add_api_route(oidc + "/revoke", self._revoke_endpoint, methods=["POST"])
        return router

    # ------------------------------------------------------------------ metadata endpoints

    def _realm_info(self) -> JSONResponse:
        der = self._keys.private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return JSONResponse(
            {
                "realm": REALM_NAME,
                "public_key": base64.b64encode(der).decode("ascii"),
                "token-service": self.issuer + "/protocol/openid-connect",
                "account-service": self.issuer + "/account",
                "tokens-not-before": 0,
            }
        )

    def _discovery(self) -> JSONResponse:
        return JSONResponse(self.discovery_document())

    def discovery_document(self) -> dict[str, Any]:
        """Keycloak's OIDCWellKnownProvider output, limited to endpoints this sandbox serves."""
        oidc = self.issuer + "/protocol/openid-connect"
        auth_methods = [
            "private_key_jwt",
            "client_secret_basic",
            "client_secret_post",
            "tls_client_auth",
            "client_secret_jwt",
        ]
        signing = [
            "PS384",
            "RS384",
            "EdDSA",
            "ES384",
            "HS256",
            "HS512",
            "ES256",
            "RS256",
            "HS384",
            "ES512",
            "PS256",
            "PS512",
            "RS512",
        ]
        return {
            "issuer": self.issuer,
            "authorization_endpoint": oidc + "/auth",
            "token_endpoint": oidc + "/token",
            "introspection_endpoint": oidc + "/token/introspect",
            "userinfo_endpoint": oidc + "/userinfo",
            "end_session_endpoint": oidc + "/logout",
            "frontchannel_logout_session_supported": True,
            "frontchannel_logout_supported": True,
            "jwks_uri": oidc + "/certs",
            "grant_types_supported": [
                "authorization_code",
                "client_credentials",
                "implicit",
                "password",
                "refresh_token",
            ],
            "acr_values_supported": ["0", "1"],
            "response_types_supported": [
                "code",
                "none",
                "id_token",
                "token",
                "id_token token",
                "code id_token",
                "code token",
                "code id_token token",
            ],
            "subject_types_supported": ["public", "pairwise"],
            "prompt_values_supported": ["none", "login", "consent"],
            "id_token_signing_alg_values_supported": signing,
            "userinfo_signing_alg_values_supported": signing + ["none"],
            "request_object_signing_alg_values_supported": signing + ["none"],
            "response_modes_supported": [
                "query",
                "fragment",
                "form_post",
                "query.jwt",
                "fragment.jwt",
                "form_post.jwt",
                "jwt",
            ],
            "token_endpoint_auth_methods_supported": auth_methods,
            "token_endpoint_auth_signing_alg_values_supported": signing,
            "introspection_endpoint_auth_methods_supported": auth_methods,
            "introspection_endpoint_auth_signing_alg_values_supported": signing,
            "claims_supported": [
                "iss",
                "sub",
                "aud",
                "exp",
                "iat",
                "auth_time",
                "name",
                "given_name",
                "family_name",
                "preferred_username",
                "email",
                "acr",
                "azp",
                "nonce",
            ],
            "claim_types_supported": ["normal"],
            "claims_parameter_supported": True,
            "scopes_supported": [
                "openid",
                *OPTIONAL_CLIENT_SCOPES,
                "profile",
                "email",
                "roles",
                "web-origins",
                "acr",
                "basic",
            ],
            "request_parameter_supported": True,
            "request_uri_parameter_supported": True,
            "require_request_uri_registration": True,
            "code_challenge_methods_supported": ["plain", "S256"],
            "tls_client_certificate_bound_access_tokens": True,
            "revocation_endpoint": oidc + "/revoke",
            "revocation_endpoint_auth_methods_supported": auth_methods,
            "revocation_endpoint_auth_signing_alg_values_supported": signing,
            "backchannel_logout_supported": True,
            "backchannel_logout_session_supported": True,
            "require_pushed_authorization_requests": False,
            "authorization_response_iss_parameter_supported": True,
        }

    def _certs(self) -> JSONResponse:
        return JSONResponse({"keys": [dict(self._keys.jwk)]})

    # ------------------------------------------------------------------ token endpoint

    async def _token_endpoint(self, request: Request) -> Response:
        try:
            form = await _read_form(request)
            with self._lock:
                body = self._token_request(form, request.headers.get("authorization"))
            return JSONResponse(body, headers=_no_store())
        except OAuthError as exc:
            return exc.response()

    def _token_request(self, form: list[tuple[str, str]], authorization: str | None) -> dict[str, Any]:
        params = _first_values(form)
        grant_type = params.get("grant_type")
        # Keycloak checks the grant type before it authenticates the client (TokenEndpoint.checkGrantType).
        if grant_type is None:
            raise OAuthError(400, "invalid_request", "Missing form parameter: grant_type")
        known = {"authorization_code", "refresh_token", "password", "client_credentials"}
        if grant_type not in known:
            raise OAuthError(400, "unsupported_grant_type", "Unsupported grant_type")
        client = self._authenticate_client(params, authorization, form)
        if len(params) != len(form):
            raise OAuthError(400, "invalid_request", "duplicated parameter")
        if grant_type == "password":
            return self._password_grant(client, params)
        if grant_type == "refresh_token":
            return self._refresh_grant(client, params)
        if grant_type == "authorization_code":
            return self._code_grant(client, params)
        raise OAuthError(401, "unauthorized_client", "Public client not allowed to retrieve service account")

    def _authenticate_client(
        self, params: dict[str, str], authorization: str | None, form: list[tuple[str, str]]
    ) -> ClientConfig:
        """Keycloak's ClientIdAndSecretAuthenticator for public clients: client_id from Basic or the form."""
        client_id = None
        if authorization:
            client_id = _basic_username(authorization)
            if client_id is None and "client_id" not in params:
                raise OAuthError(
                    401, "invalid_client", None, {"WWW-Authenticate": f'Basic realm="{REALM_NAME}"'}
                )
        if "client_id" in params:
            client_id = params["client_id"]
        if client_id is None:
            raise OAuthError(400, "invalid_client", "Missing client_id parameter")
        client = self.clients.get(client_id)
        if client is None:
            raise OAuthError(401, "invalid_client", "Invalid client or Invalid client credentials")
        return client  # public client: any client_secret is ignored, as Keycloak does

    def _password_grant(self, client: ClientConfig, params: dict[str, str]) -> dict[str, Any]:
        if not client.direct_access_grants:
            raise OAuthError(400, "unauthorized_client", "Client not allowed for direct access grants")
        scope = self._validated_scope(params.get("scope"))
        username = params.get("username")
        if username is None:
            raise OAuthError(401, "invalid_request", "Missing parameter: username")
        # Unknown user and wrong password answer alike (401), as Keycloak up to 26.x does.
        user = self._check_credentials(username, params.get("password"))
        if user is None:
            raise OAuthError(401, "invalid_grant", "Invalid user credentials")
        offline = "offline_access" in _parse_scope(scope)
        session = self._new_session(user, offline)
        self._attach_client(session, client.client_id, scope)
        return self._token_response(session, client.client_id, scope, nonce=None)

    def _refresh_grant(self, client: ClientConfig, params: dict[str, str]) -> dict[str, Any]:
        encoded = params.get("refresh_token")
        if encoded is None:
            raise OAuthError(400, "invalid_request", "No refresh token")
        claims = self._verify_refresh_token(encoded, client, check_expiry=True)
        session = self._sessions.get(claims.get("sid", ""))
        now = self.now()
        offline = claims.get("typ") == "Offline"
        if offline and session is None:
            raise OAuthError(400, "invalid_grant", "Offline user session not found")
        if session is None or not self._session_valid(session, now):
            # Keycloak logs the dead session out (backchannelLogout) before it answers.
            self._sessions.pop(claims.get("sid", ""), None)
            raise OAuthError(
                400, "invalid_grant", "Offline session not active" if offline else "Session not active"
            )
        client_session = session.clients.get(client.client_id)
        if client_session is None:
            raise OAuthError(400, "invalid_grant", "Session doesn't have required client")
        self._check_refresh_reuse(session, client_session, claims)
        # Refreshing extends the session idle timeout (Keycloak sets lastSessionRefresh and the timestamp).
        client_session.timestamp = now
        session.last_refresh = now
        scope = claims.get("scope", client_session.scope)
        return self._token_response(session, client.client_id, scope, nonce=claims.get("nonce"))

    def _check_refresh_reuse(self, session: UserSession, client_session: ClientSession, claims: dict) -> None:
        """Keycloak's validateTokenReuse, only when the realm's "Revoke Refresh Token" option is on."""
        if not self.revoke_refresh_token:
            return
        jti, iat = claims.get("jti"), int(claims.get("iat", 0))
        try:
            if client_session.current_refresh_jti not in (None, jti) and iat < client_session.timestamp:
                raise OAuthError(400, "invalid_grant", "Stale token")
            if jti != client_session.current_refresh_jti:
                client_session.current_refresh_jti = jti
                client_session.refresh_use_count = 0
            if client_session.refresh_use_count > REFRESH_TOKEN_MAX_REUSE:
                raise OAuthError(400, "invalid_grant", "Maximum allowed refresh token reuse exceeded")
            client_session.refresh_use_count += 1
        except OAuthError:
            # A replayed refresh token detaches the client from the session: its tokens die too.
            self._detach_client(session, client_session.client_id)
            raise

    def _code_grant(self, client: ClientConfig, params: dict[str, str]) -> dict[str, Any]:
        code_param = params.get("code")
        if code_param is None:
            raise OAuthError(400, "invalid_request", "Missing parameter: code")
        code = self._consume_code(code_param)
        now = self.now()
        if code.expires < now:
            raise OAuthError(400, "invalid_grant", "Code is expired")
        session = self._sessions.get(code.session_id)
        if session is None:
            raise OAuthError(400, "invalid_grant", "User session not found")
        if code.redirect_uri != params.get("redirect_uri"):
            raise OAuthError(400, "invalid_grant", "Incorrect redirect_uri")
        if code.client_id != client.client_id:
            raise OAuthError(400, "invalid_grant", "Auth error")
        if not client.standard_flow:
            raise OAuthError(400, "invalid_grant", "Client not allowed to exchange code")
        if not self._session_valid(session, now):
            raise OAuthError(400, "invalid_grant", "Session not active")
        _check_pkce(params.get("code_verifier"), code.code_challenge, code.code_challenge_method)
        return self._token_response(session, client.client_id, code.scope, nonce=code.nonce)

    def _consume_code(self, code_param: str) -> AuthCode:
        """Codes are single use; replaying one also kills the tokens issued from it (OAuth2CodeParser)."""
        code_id = code_param.split(".", 1)[0]
        code = self._codes.pop(code_id, None)
        if code is not None and code_param == self._code_string(code):
            self._used_codes[code_id] = code.session_id
            return code
        replayed_session = self._used_codes.get(code_id)
        session = self._sessions.get(replayed_session or "")
        if session is not None and code is None:
            for client_id in list(session.clients):
                self._detach_client(session, client_id)
        raise OAuthError(400, "invalid_grant", "Code not valid")

    # ------------------------------------------------------------------ tokens

    def _token_response(self, session: UserSession, client_id: str, scope: str, nonce: str | None) -> dict:
        now = self.now()
        user = self._user(session.username)
        access = self._access_claims(session, client_id, scope, nonce, user, now)
        access_token = self._sign_rs256(access)
        refresh = self._refresh_claims(access, session, now)
        body: dict[str, Any] = {
            "access_token": access_token,
            "expires_in": access["exp"] - now,
            "refresh_expires_in": refresh["exp"] - now if "exp" in refresh else 0,
            "refresh_token": self._sign_hs512(refresh),
            "token_type": "Bearer",
        }
        if "openid" in _parse_scope(scope):
            # Keycloak only issues an ID token for OpenID requests (scope contains "openid").
            body["id_token"] = self._sign_rs256(self._id_claims(access, client_id, access_token, user))
        body["not-before-policy"] = 0
        body["session_state"] = session.id
        body["scope"] = access["scope"]
        return body

    def _access_claims(
        self, session: UserSession, client_id: str, scope: str, nonce: str | None, user: dict, now: int
    ) -> dict[str, Any]:
        exp = now + int(self.ctx.access_token_lifetime)
        if not session.offline:
            exp = min(exp, session.started + SSO_SESSION_MAX_LIFESPAN)
        claims: dict[str, Any] = {
            "exp": exp,
            "iat": now,
            "auth_time": session.started,
            "jti": str(uuid.uuid4()),
            "iss": self.issuer,
            "aud": "account",
            "sub": user["id"],
            "typ": "Bearer",
            "azp": client_id,
        }
        if nonce is not None:
            claims["nonce"] = nonce
        claims.update(
            {
                "session_state": session.id,
                "acr": "1",
                "realm_access": {"roles": list(REALM_ROLES)},
                "resource_access": {"account": {"roles": list(ACCOUNT_ROLES)}},
                "scope": _token_scope(scope),
                "sid": session.id,
            }
        )
        claims.update(_profile_claims(user))
        return claims

    def _refresh_claims(self, access: dict[str, Any], session: UserSession, now: int) -> dict[str, Any]:
        """Keycloak's RefreshToken(AccessToken): same subject/session/scope, audience = the issuer."""
        claims: dict[str, Any] = {}
        if not session.offline:
            idle_exp = now + int(self.ctx.refresh_token_lifetime)
            claims["exp"] = min(idle_exp, session.started + SSO_SESSION_MAX_LIFESPAN)
        claims.update(
            {
                "iat": now,
                "jti": str(uuid.uuid4()),
                "iss": self.issuer,
                "aud": self.issuer,
                "sub": access["sub"],
                "typ": "Offline" if session.offline else "Refresh",
                "azp": access["azp"],
            }
        )
        if "nonce" in access:
            claims["nonce"] = access["nonce"]
        claims.update({"session_state": session.id, "scope": access["scope"], "sid": session.id})
        return claims

    def _id_claims(self, access: dict[str, Any], client_id: str, access_token: str, user: dict) -> dict:
        digest = hashlib.sha256(access_token.encode("ascii")).digest()
        claims: dict[str, Any] = {
            "exp": access["exp"],
            "iat": access["iat"],
            "auth_time": access["auth_time"],
            "jti": str(uuid.uuid4()),
            "iss": self.issuer,
            "aud": client_id,
            "sub": access["sub"],
            "typ": "ID",
            "azp": client_id,
        }
        if "nonce" in access:
            claims["nonce"] = access["nonce"]
        claims.update(
            {
                "session_state": access["session_state"],
                "at_hash": _b64url(digest[: len(digest) // 2]),
                "acr": "1",
                "sid": access["sid"],
            }
        )
        claims.update(_profile_claims(user))
        return claims

    def _sign_rs256(self, claims: dict[str, Any]) -> str:
        return jwt.encode(claims, self._keys.private_key, algorithm="RS256", headers={"kid": self._keys.kid})

    def _sign_hs512(self, claims: dict[str, Any]) -> str:
        # Keycloak signs refresh tokens with a realm HMAC key nobody else knows (HS512 since Keycloak 18).
        return jwt.encode(claims, self._hmac_secret, algorithm="HS512", headers={"kid": self._hmac_kid})

    def _verify_refresh_token(self, encoded: str, client: ClientConfig, check_expiry: bool) -> dict:
        """TokenManager.verifyRefreshToken: signature, type, activity, then the client it was issued to."""
        try:
            claims = jwt.decode(encoded, self._hmac_secret, algorithms=["HS512"], options=_NO_TIME_CHECKS)
        except jwt.PyJWTError as exc:
            raise OAuthError(400, "invalid_grant", "Invalid refresh token") from exc
        if claims.get("typ") not in ("Refresh", "Offline"):
            raise OAuthError(400, "invalid_grant", "Invalid refresh token")
        if check_expiry and not self._active(claims):
            raise OAuthError(400, "invalid_grant", "Token is not active")
        if claims.get("azp") != client.client_id:
            raise OAuthError(
                400, "invalid_grant", "Invalid refresh token. Token client and authorized client don't match"
            )
        return claims

    def _validate_access_token(self, token: str) -> dict:
        """What Keycloak's UserInfoEndpoint checks before it answers."""
        failed = OAuthError(401, "invalid_token", "Token verification failed")
        try:
            header = jwt.get_unverified_header(token)
            if header.get("kid") not in (None, self._keys.kid):
                raise failed
            claims = jwt.decode(
                token, self._keys.private_key.public_key(), algorithms=["RS256"], options=_NO_TIME_CHECKS
            )
        except jwt.PyJWTError as exc:
            raise failed from exc
        if claims.get("typ") != "Bearer" or claims.get("iss") != self.issuer or not claims.get("sub"):
            raise failed
        if not self._active(claims):
            raise failed
        with self._lock:
            self._prune_revoked()
            if claims.get("jti") in self._revoked_jti:
                raise failed
            self._session_for_token(claims)
        return claims

    def _session_for_token(self, claims: dict) -> UserSession:
        session = self._sessions.get(claims.get("sid", ""))
        if session is None or claims.get("azp") not in session.clients:
            raise OAuthError(
                401, "invalid_request", "User session not found or doesn't have client attached on it"
            )
        if not self._session_valid(session, self.now()):
            raise OAuthError(401, "invalid_token", "Session expired")
        if int(claims.get("iat", 0)) + 1 < session.started:
            raise OAuthError(401, "invalid_token", "Stale token")
        return session

    def _active(self, claims: dict) -> bool:
        # JsonWebToken.isActive(): expired only when now > exp (whole seconds, no leeway); nbf is not set.
        exp = claims.get("exp")
        return exp in (None, 0) or self.now() <= int(exp)

    def _prune_revoked(self) -> None:
        now = self.now()
        for jti in [j for j, until in self._revoked_jti.items() if until < now]:
            del self._revoked_jti[jti]

    # ------------------------------------------------------------------ sessions and users

    def _new_session(self, user: dict, offline: bool) -> UserSession:
        now = self.now()
        session = UserSession(
            id=str(uuid.uuid4()), username=user["username"], started=now, last_refresh=now, offline=offline
        )
        self._sessions[session.id] = session
        return session

    def _attach_client(self, session: UserSession, client_id: str, scope: str) -> None:
        now = self.now()
        existing = session.clients.get(client_id)
        if existing is None:
            session.clients[client_id] = ClientSession(client_id, started=now, timestamp=now, scope=scope)
        else:
            existing.timestamp, existing.scope = now, scope
        if "offline_access" in _parse_scope(scope):
            session.offline = True

    def _detach_client(self, session: UserSession, client_id: str) -> None:
        session.clients.pop(client_id, None)
        if not session.clients:
            self._sessions.pop(session.id, None)

    def _session_valid(self, session: UserSession, now: int) -> bool:
        """AuthenticationManager.isSessionValid / isOfflineSessionValid."""
        if self._sessions.get(session.id) is not session:
            return False
        if session.offline:
            return OFFLINE_SESSION_IDLE_TIMEOUT > now - session.last_refresh
        idle = int(self.ctx.refresh_token_lifetime)
        idle_ok = idle > now - session.last_refresh - self.session_idle_window
        return idle_ok and SSO_SESSION_MAX_LIFESPAN > now - session.started

    def _find_user(self, login: str) -> str | None:
        """Keycloak finds users by username (case-insensitive: it stores them lower-case) or e-mail."""
        wanted = login.strip().lower()
        for name in self.ctx.users:
            if name.lower() == wanted or self._user(name)["email"] == wanted:
                return name
        return None

    def _check_credentials(self, login: str, password: str | None) -> dict | None:
        name = self._find_user(login)
        if name is None or password is None:
            return None
        expected = self.ctx.users.get(name)
        if expected is None or not secrets.compare_digest(expected.encode(), password.encode()):
            return None
        return self._user(name)

    def _user(self, username: str) -> dict[str, str]:
        name = username.lower()
        return {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, "terrascope-sandbox-user:" + name)),
            "username": name,
            "given_name": name.capitalize(),
            "family_name": "Sandbox",
            "email": name + "@example.org",
        }

    def _validated_scope(self, scope: str | None) -> str:
        """OAuth2GrantTypeBase.getRequestedScopes: every scope must be a client scope (openid aside)."""
        allowed = set(DEFAULT_CLIENT_SCOPES) | set(OPTIONAL_CLIENT_SCOPES) | {"openid"}
        if scope is not None and any(s not in allowed for s in _parse_scope(scope)):
            raise OAuthError(400, "invalid_scope", "Invalid scopes: " + scope)
        return scope or ""

    # ------------------------------------------------------------------ authorization endpoint

    def _auth_endpoint(self, request: Request) -> Response:
        params = dict(request.query_params)
        try:
            with self._lock:
                return self._authorize(params, request.cookies)
        except ErrorPage as page:
            return _error_page(page)

    def _authorize(self, params: dict[str, str], cookies: dict[str, str]) -> Response:
        client = self._checked_client(params.get("client_id"))
        redirect_uri = self._verify_redirect_uri(client, params.get("redirect_uri"))
        response_mode = params.get("response_mode") or "query"
        state = params.get("state")

        def fail(error: str, description: str | None) -> Response:
            mode = response_mode if response_mode in ("query", "fragment") else "query"
            return self._redirect_error(redirect_uri, mode, error, description, state)

        problem = self._check_auth_request(client, params, response_mode)
        if problem is not None:
            return fail(*problem)
        login = LoginRequest(
            tab_id=secrets.token_urlsafe(8),
            client_id=client.client_id,
            redirect_uri=redirect_uri,
            response_mode=response_mode,
            state=state,
            scope=params.get("scope") or "",
            nonce=params.get("nonce"),
            code_challenge=params.get("code_challenge"),
            code_challenge_method=params.get("code_challenge_method"),
            expires=self.now() + LOGIN_LIFESPAN,
        )
        prompt = _parse_scope(params.get("prompt"))
        sso = self._sso_session(cookies)
        if sso is not None and "login" not in prompt:
            return self._finish_login(login, sso)
        if "none" in prompt:
            return fail("login_required", None)
        auto_user = params.get("sandbox_autologin") or self.auto_login
        if auto_user and self._find_user(auto_user) is not None:
            user = self._user(self._find_user(auto_user) or "")
            return self._finish_login(login, self._new_session(user, offline=False))
        self._logins[login.tab_id] = login
        return self._login_page(login, params.get("login_hint") or "", None)

    def _checked_client(self, client_id: str | None) -> ClientConfig:
        if client_id is None:
            raise ErrorPage("Missing parameters: client_id")
        client = self.clients.get(client_id)
        if client is None:
            raise ErrorPage("Client not found.")
        return client

    def _check_auth_request(
        self, client: ClientConfig, params: dict[str, str], response_mode: str
    ) -> tuple[str, str | None] | None:
        """AuthorizationEndpointChecker: errors that are redirected back to the client."""
        response_type = params.get("response_type")
        if response_type is None:
            return "invalid_request", "Missing parameter: response_type"
        types = set(_parse_scope(response_type))
        if not types or not types <= {"code", "token", "id_token", "none"}:
            return "unsupported_response_type", None
        if response_mode not in ("query", "fragment"):
            # Keycloak knows form_post and the JWT modes too; this sandbox answers query and fragment only.
            return "invalid_request", "Invalid parameter: response_mode"
        if not client.standard_flow:
            return (
                "unauthorized_client",
                "Client is not allowed to initiate browser login with given "
                "response_type. Standard flow is disabled for the client.",
            )
        if types != {"code"}:
            return (
                "unauthorized_client",
                "Client is not allowed to initiate browser login with given "
                "response_type. Implicit flow is disabled for the client.",
            )
        scope = params.get("scope")
        allowed = set(DEFAULT_CLIENT_SCOPES) | set(OPTIONAL_CLIENT_SCOPES) | {"openid"}
        if scope is not None and any(s not in allowed for s in _parse_scope(scope)):
            return "invalid_scope", "Invalid scopes: " + scope
        return _check_pkce_request(client, params.get("code_challenge"), params.get("code_challenge_method"))

    def _verify_redirect_uri(self, client: ClientConfig, redirect_uri: str | None) -> str:
        """RedirectUtils.verifyRedirectUri, including its loopback rule: any port on a registered host."""
        if redirect_uri is None or not client.redirect_uris or "#" in redirect_uri:
            raise ErrorPage("Invalid parameter: redirect_uri")
        cut = redirect_uri.find("/", 8)
        lowered = redirect_uri.lower() if cut < 0 else redirect_uri[:cut].lower() + redirect_uri[cut:]
        bare = lowered.split("?", 1)[0]
        if _matches_redirect(client.redirect_uris, bare):
            return redirect_uri
        for prefix in LOOPBACK_PREFIXES:
            rest = bare[len(prefix) :]
            if bare.startswith(prefix) and rest.startswith(":"):
                slash = rest.find("/")
                without_port = prefix + (rest[slash:] if slash >= 0 else "")
                if _matches_redirect(client.redirect_uris, without_port):
                    return redirect_uri
        raise ErrorPage("Invalid parameter: redirect_uri")

    def _redirect_error(
        self, redirect_uri: str, mode: str, error: str, description: str | None, state: str | None
    ) -> Response:
        params = [("error", error)]
        if description is not None:
            params.append(("error_description", description))
        if state is not None:
            params.append(("state", state))
        params.append(("iss", self.issuer))  # RFC 9207, on by default since Keycloak 19
        return RedirectResponse(_append_params(redirect_uri, params, mode == "fragment"), status_code=302)

    def _finish_login(self, login: LoginRequest, session: UserSession) -> Response:
        """Authenticated: attach the client, mint a code, set the SSO cookies, redirect back with the code."""
        now = self.now()
        session.last_refresh = now
        self._attach_client(session, login.client_id, login.scope)
        code = AuthCode(
            id=str(uuid.uuid4()),
            session_id=session.id,
            client_id=login.client_id,
            redirect_uri=login.redirect_uri,
            scope=login.scope,
            nonce=login.nonce,
            code_challenge=login.code_challenge,
            code_challenge_method=login.code_challenge_method,
            expires=now + ACCESS_CODE_LIFESPAN,
        )
        self._codes[code.id] = code
        params = []
        if login.state is not None:
            params.append(("state", login.state))
        params += [("session_state", session.id), ("iss", self.issuer), ("code", self._code_string(code))]
        location = _append_params(login.redirect_uri, params, login.response_mode == "fragment")
        response = RedirectResponse(location, status_code=302)
        self._set_sso_cookies(response, session)
        return response

    def _code_string(self, code: AuthCode) -> str:
        # Keycloak's code reads "<code id>.<user session id>.<client uuid>".
        return f"{code.id}.{code.session_id}.{self.clients[code.client_id].uuid}"

    def _set_sso_cookies(self, response: Response, session: UserSession) -> None:
        identity = jwt.encode(
            {"sid": session.id, "typ": "Serialized-ID"}, self._hmac_secret, algorithm="HS512"
        )
        path = REALM_PATH + "/"
        # Keycloak sends SameSite=None; browsers drop such cookies unless Secure, so plain http uses Lax.
        https = self.issuer.startswith("https")
        samesite = "none" if https else "lax"
        response.set_cookie(
            "KEYCLOAK_IDENTITY", identity, path=path, httponly=True, samesite=samesite, secure=https
        )
        response.set_cookie(
            "KEYCLOAK_SESSION",
            hashlib.sha256(session.id.encode()).hexdigest(),
            path=path,
            samesite=samesite,
            secure=https,
        )

    def _sso_session(self, cookies: dict[str, str]) -> UserSession | None:
        identity = cookies.get("KEYCLOAK_IDENTITY")
        if not identity:
            return None
        try:
            claims = jwt.decode(identity, self._hmac_secret, algorithms=["HS512"], options=_NO_TIME_CHECKS)
        except jwt.PyJWTError:
            return None
        session = self._sessions.get(claims.get("sid", ""))
        if session is None or session.offline or not self._session_valid(session, self.now()):
            return None
        return session

    def _login_page(self, login: LoginRequest, username: str, error: str | None) -> HTMLResponse:
        action = (
            self.issuer
            + "/login-actions/authenticate?"
            + urlencode({"client_id": login.client_id, "tab_id": login.tab_id})
        )
        return HTMLResponse(
            _LOGIN_HTML.format(
                action=html.escape(action),
                username=html.escape(username),
                error=""
                if error is None
                else f'<div id="input-error" class="alert-error">{html.escape(error)}</div>',
            ),
            headers={"Cache-Control": "no-store, must-revalidate, max-age=0"},
        )

    async def _login_action(self, request: Request) -> Response:
        try:
            form = _first_values(await _read_form(request))
        except OAuthError:
            form = {}
        tab_id = request.query_params.get("tab_id", "")
        with self._lock:
            login = self._logins.get(tab_id)
            if login is None or login.expires < self.now():
                self._logins.pop(tab_id, None)
                return _error_page(
                    ErrorPage("Your login attempt timed out.  Login will start from the beginning.")
                )
            user = self._check_credentials(form.get("username", ""), form.get("password"))
            if user is None:
                # Keycloak re-renders the form with a generic message, so users cannot be enumerated.
                return self._login_page(login, form.get("username", ""), "Invalid username or password.")
            del self._logins[tab_id]
            return self._finish_login(login, self._new_session(user, offline=False))

    # ------------------------------------------------------------------ userinfo, logout, revoke, introspect

    async def _userinfo_endpoint(self, request: Request) -> Response:
        token = _bearer_token(request.headers.get("authorization"))
        if token is None and request.method == "POST":
            try:
                token = _first_values(await _read_form(request)).get("access_token")
            except OAuthError:
                token = None
        try:
            if token is None:
                raise OAuthError(400, "invalid_request", "Token not provided")
            claims = self._userinfo_claims(token)
        except OAuthError as exc:
            if exc.status == 401:
                exc.headers["WWW-Authenticate"] = (
                    f'Bearer realm="{REALM_NAME}", error="{exc.error}", error_description="{exc.description}"'
                )
            return exc.response()
        return JSONResponse(claims)

    def _userinfo_claims(self, token: str) -> dict[str, Any]:
        claims = self._validate_access_token(token)
        with self._lock:
            session = self._session_for_token(claims)
            user = self._user(session.username)
        return {"sub": user["id"], **_profile_claims(user)}

    async def _logout_endpoint(self, request: Request) -> Response:
        form: list[tuple[str, str]] = []
        if request.method == "POST":
            try:
                form = await _read_form(request)
            except OAuthError:
                form = []
        params = _first_values(form)
        try:
            with self._lock:
                if "refresh_token" in params:
                    self._backchannel_logout(params, request.headers.get("authorization"), form)
                    return Response(status_code=204)
                return self._browser_logout({**dict(request.query_params), **params}, request.cookies)
        except OAuthError as exc:
            return exc.response()

    def _backchannel_logout(
        self, params: dict[str, str], authorization: str | None, form: list[tuple[str, str]]
    ) -> None:
        """LogoutEndpoint.logoutToken: an expired refresh token still logs out; a gone session is fine."""
        client = self._authenticate_client(params, authorization, form)
        claims = self._verify_refresh_token(params["refresh_token"], client, check_expiry=False)
        session = self._sessions.get(claims.get("sid", ""))
        if session is not None:
            if int(claims.get("iat", 0)) + 1 < session.started:
                raise OAuthError(400, "invalid_grant", "Refresh toked issued before the user session started")
            self._sessions.pop(session.id, None)

    def _browser_logout(self, params: dict[str, str], cookies: dict[str, str]) -> Response:
        """RP-initiated logout (end_session_endpoint), reduced to what a desktop client may use."""
        session = self._sso_session(cookies)
        hint = params.get("id_token_hint")
        if hint:
            try:
                claims = jwt.decode(
                    hint, self._keys.private_key.public_key(), algorithms=["RS256"], options=_NO_TIME_CHECKS
                )
                session = self._sessions.get(claims.get("sid", "")) or session
            except jwt.PyJWTError:
                return _error_page(ErrorPage("Invalid parameter: id_token_hint"))
        if session is not None:
            self._sessions.pop(session.id, None)
        target = params.get("post_logout_redirect_uri")
        if target:
            client = self.clients.get(params.get("client_id") or "") or CLIENTS["terracatalogueclient"]
            try:
                self._verify_redirect_uri(client, target)
            except ErrorPage:
                return _error_page(ErrorPage("Invalid redirect uri"))
            state = params.get("state")
            location = _append_params(target, [("state", state)]) if state else target
            response: Response = RedirectResponse(location, status_code=302)
        else:
            response = HTMLResponse(_INFO_HTML.format(message="You are logged out"))
        for name in ("KEYCLOAK_IDENTITY", "KEYCLOAK_SESSION"):
            response.delete_cookie(name, path=REALM_PATH + "/")
        return response

    async def _revoke_endpoint(self, request: Request) -> Response:
        """TokenRevocationEndpoint (RFC 7009): 200 with an empty body, even for an unknown token."""
        try:
            form = await _read_form(request)
            params = _first_values(form)
            with self._lock:
                client = self._authenticate_client(params, request.headers.get("authorization"), form)
                if len(params) != len(form):
                    raise OAuthError(400, "invalid_request", "duplicated parameter")
                token = params.get("token")
                if token is None:
                    raise OAuthError(400, "invalid_request", "Token not provided")
                self._revoke(token, client)
        except OAuthError as exc:
            return exc.response()
        return Response(status_code=200)

    def _revoke(self, token: str, client: ClientConfig) -> None:
        claims = self._decode_any(token)
        if claims is None or claims.get("typ") not in ("Refresh", "Offline", "Bearer"):
            raise OAuthError(200, "invalid_token", "Invalid token")
        if claims.get("azp") != client.client_id:
            raise OAuthError(400, "invalid_request", "Unmatching clients")
        session = self._sessions.get(claims.get("sid", ""))
        if session is None or not self._session_valid(session, self.now()):
            raise OAuthError(200, "invalid_token", "Invalid token")
        if claims["typ"] == "Bearer":
            self._revoked_jti[claims["jti"]] = int(claims.get("exp", self.now())) + 1
        else:
            self._detach_client(session, client.client_id)

    def _decode_any(self, token: str) -> dict | None:
        for key, algorithm in ((self._hmac_secret, "HS512"), (self._keys.private_key.public_key(), "RS256")):
            try:
                return jwt.decode(token, key, algorithms=[algorithm], options=_NO_TIME_CHECKS)
            except jwt.PyJWTError:
                continue
        return None

    async def _introspect_endpoint(self, request: Request) -> Response:
        """Keycloak refuses introspection to public clients, and both Terrascope clients are public."""
        try:
            form = await _read_form(request)
            self._authenticate_client(_first_values(form), request.headers.get("authorization"), form)
        except OAuthError as exc:
            return exc.response()
        return OAuthError(403, "invalid_request", "Client not allowed.").response()


_NO_TIME_CHECKS = {
    # Time claims are checked against the realm's own clock (clock_offset), never PyJWT's.
    "verify_exp": False,
    "verify_nbf": False,
    "verify_iat": False,
    "verify_aud": False,
    "verify_iss": False,
}


def _token_scope(scope: str) -> str:
    """The scope string Keycloak returns: openid, the requested optional scopes, then email profile."""
    requested = _parse_scope(scope)
    parts = ["openid"] if "openid" in requested else []
    parts += [s for s in requested if s in OPTIONAL_CLIENT_SCOPES]
    return " ".join(parts + list(TOKEN_SCOPE_DEFAULTS))


def _profile_claims(user: dict[str, str]) -> dict[str, Any]:
    """Claims of the default "profile" and "email" client scopes."""
    return {
        "email_verified": True,
        "name": f"{user['given_name']} {user['family_name']}",
        "preferred_username": user["username"],
        "given_name": user["given_name"],
        "family_name": user["family_name"],
        "email": user["email"],
    }


def _check_pkce_request(
    client: ClientConfig, challenge: str | None, method: str | None
) -> tuple[str, str] | None:
    """AuthorizationEndpointChecker.checkPKCEParams (enforced and not-enforced variants)."""
    if client.pkce_method:
        if method is None:
            return "invalid_request", "Missing parameter: code_challenge_method"
        if method != client.pkce_method:
            return (
                "invalid_request",
                "Invalid parameter: code challenge method is not matching the configured one",
            )
        if challenge is None:
            return "invalid_request", "Missing parameter: code_challenge"
    else:
        if challenge is None:
            return ("invalid_request", "Missing parameter: code_challenge") if method is not None else None
        if method is not None and method not in ("plain", "S256"):
            return "invalid_request", "Invalid parameter: code_challenge_method"
    if not (43 <= len(challenge) <= 128 and PKCE_PATTERN.match(challenge)):
        return "invalid_request", "Invalid parameter: code_challenge"
    return None


def _check_pkce(verifier: str | None, challenge: str | None, method: str | None) -> None:
    """PkceUtils: the token request's code_verifier against the authorization request's challenge."""
    if challenge is None:
        if verifier is not None:
            raise OAuthError(
                400,
                "invalid_grant",
                "PKCE code verifier specified but challenge not present in authorization",
            )
        return
    if verifier is None:
        raise OAuthError(400, "invalid_grant", "PKCE code verifier not specified")
    if not (43 <= len(verifier) <= 128 and PKCE_PATTERN.match(verifier)):
        raise OAuthError(400, "invalid_grant", "PKCE verification failed: Invalid code verifier")
    if method == "S256":
        encoded = _b64url(hashlib.sha256(verifier.encode("ascii")).digest())
    else:
        encoded = verifier
    if not secrets.compare_digest(encoded, challenge):
        raise OAuthError(400, "invalid_grant", "PKCE verification failed: Code mismatch")


def _matches_redirect(valid: tuple[str, ...], redirect: str) -> bool:
    """RedirectUtils.matchesRedirects: exact match, or prefix match for entries ending in '*'."""
    for entry in valid:
        if not entry.endswith("*"):
            if entry == redirect:
                return True
            continue
        prefix = entry[:-1]
        if redirect.startswith(prefix) or (prefix.endswith("/") and prefix[:-1] == redirect):
            return True
    return False


async def _read_form(request: Request) -> list[tuple[str, str]]:
    """The body as form pairs (duplicates kept, so Keycloak's "duplicated parameter" check can run)."""
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type != "application/x-www-form-urlencoded":
        # JAX-RS @Consumes(APPLICATION_FORM_URLENCODED): anything else is refused before Keycloak looks.
        raise OAuthError(415, "invalid_request", "Unsupported Media Type")
    body = await request.body()
    return parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)


def _first_values(form: list[tuple[str, str]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for key, value in form:
        values.setdefault(key, value)
    return values


def _basic_username(authorization: str) -> str | None:
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except ValueError:
        return None
    user, sep, _ = decoded.partition(":")
    # RFC 6749 section 2.3.1: the client id is form-encoded inside the Basic credentials.
    return unquote_plus(user) if sep else None


def _bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def _error_page(page: ErrorPage) -> HTMLResponse:
    return HTMLResponse(_ERROR_HTML.format(message=html.escape(page.message)), status_code=page.status)


_PAGE_HEAD = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    '<meta name="robots" content="noindex, nofollow"><title>{title}</title></head>\n'
)

_LOGIN_HTML = (
    _PAGE_HEAD.format(title="Sign in to Terrascope")
    + """<body id="keycloak-bg">
<div id="kc-header"><div id="kc-header-wrapper">Terrascope</div></div>
<h1 id="kc-page-title">Sign in to your account</h1>
{error}
<form id="kc-form-login" action="{action}" method="post">
  <label for="username">Username or email</label>
  <input tabindex="1" id="username" name="username" value="{username}" type="text" autofocus
         autocomplete="off">
  <label for="password">Password</label>
  <input tabindex="2" id="password" name="password" type="password" autocomplete="off">
  <input type="hidden" id="id-hidden-input" name="credentialId" value="">
  <input tabindex="4" name="login" id="kc-login" type="submit" value="Sign In">
</form>
<p class="sandbox-note">Terrascope sandbox: a stand-in for sso.terrascope.be.</p>
</body></html>
"""
)

_ERROR_HTML = (
    _PAGE_HEAD.format(title="Sign in to Terrascope")
    + """<body id="keycloak-bg">
<h1 id="kc-page-title">We are sorry...</h1>
<p id="kc-error-message" class="instruction">{message}</p>
</body></html>
"""
)

_INFO_HTML = (
    _PAGE_HEAD.format(title="Terrascope")
    + """<body id="keycloak-bg">
<p id="kc-info-message" class="instruction">{message}</p>
</body></html>
"""
)
