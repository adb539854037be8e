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
# Participants may confirm a mobile number too: the code leaves from Diskominfo's demo WhatsApp
# number and, in outbox mode, is written under var/whatsapp/ as demo email is under var/mail/
# (decision 0057); so is the message that tells them the answer.
export PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID=${PARTICIPATION_WHATSAPP_PHONE_NUMBER_ID:-106540352200001}
export PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE=${PARTICIPATION_WHATSAPP_ANSWER_TEMPLATE:-jawaban_masukan}
unset _demo_var
