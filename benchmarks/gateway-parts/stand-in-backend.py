# For measurement only (docs/benchmarks.md, "Gateway overhead"): Keycloak and report-service
# as the gateways see them, on one port, when the platform is
# not started. Answers a password grant with an RS256 access token (issuer
# http://127.0.0.1:PORT/realms/gongkai, audience gongkai-api, province 210000, one hour),
# the realm's keys, and any GET under /api/reports with one report's JSON (about 4 KB).
# Usage: python3 stand-in-backend.py PORT   (needs the cryptography package)
import base64, json, sys, time
from http.server import ThreadingHTTPServer, BaseHTTPRequestHandler
from cryptography.hazmat.primitives.asymmetric import rsa, padding
from cryptography.hazmat.primitives import hashes
port = int(sys.argv[1])
key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
pub = key.public_key().public_numbers()
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b'=').decode()
num = lambda n: b64(n.to_bytes((n.bit_length() + 7) // 8, 'big'))
jwks = json.dumps({"keys": [{"kty": "RSA", "kid": "k1", "use": "sig", "alg": "RS256", "n": num(pub.n), "e": num(pub.e)}]}).encode()
issuer = "http://127.0.0.1:%d/realms/gongkai" % port
def token():
    now = int(time.time())
    h = b64(json.dumps({"alg": "RS256", "typ": "JWT", "kid": "k1"}).encode())
    c = b64(json.dumps({"iss": issuer, "aud": ["gongkai-api"], "sub": "u1", "iat": now, "exp": now + 3600,
        "province": "210000", "preferred_username": "reporter-210000", "realm_access": {"roles": ["agency-reporter"]}}).encode())
    s = key.sign((h + "." + c).encode(), padding.PKCS1v15(), hashes.SHA256())
    return h + "." + c + "." + b64(s)
report = json.dumps({"id": "r1", "province": "210000", "year": 2020, "figures": {("f%d" % i): i * 7 for i in range(300)}}).encode()
class H(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a): pass
    def send(self, body):
        self.send_response(200); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def do_GET(self):
        if self.path.endswith("/certs"): self.send(jwks)
        elif self.path.startswith("/api/reports?"): self.send(b'{"items":[{"id":"r1"}]}')
        else: self.send(report)
    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0)); self.rfile.read(n)
        self.send(json.dumps({"access_token": token()}).encode())
ThreadingHTTPServer(("127.0.0.1", port), H).serve_forever()
