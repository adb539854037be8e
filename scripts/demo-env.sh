# The environment `make demo` runs in (sourced by scripts/demo.sh and by the tests that check it).
# DEBUG is off as in production, so a visitor meets the Indonesian error pages and never a
# technical page or the list of URLs; what production needs from the operator is filled in for
# one machine. See docs/decisions/0035-demo-runs-with-debug-off.md.
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
_demo_var=${VAR_DIR:-var}
mkdir -p "$_demo_var"
export HOST PORT
export DEBUG=${DEBUG:-0}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-$HOST,127.0.0.1,localhost,[::1]}
# The demo is served over plain HTTP: cookies marked Secure would never come back.
export SECURE_COOKIES=${SECURE_COOKIES:-0}
# Generated once per checkout and kept under var/ (never committed): sessions survive restarts.
if [ -z "${SECRET_KEY:-}" ]; then
  if [ ! -s "$_demo_var/demo-secret-key" ]; then
    (umask 077 && "${BIN:-.venv/bin}/python" -c \
      "import secrets; print(secrets.token_urlsafe(50))" > "$_demo_var/demo-secret-key")
  fi
  SECRET_KEY=$(cat "$_demo_var/demo-secret-key")
  export SECRET_KEY
fi
# The demo's channels run in outbox mode; these only sign the simulated webhooks.
export META_APP_SECRET=${META_APP_SECRET:-demo-meta-app-secret}
export META_VERIFY_TOKEN=${META_VERIFY_TOKEN:-demo-verify-token}
unset _demo_var
