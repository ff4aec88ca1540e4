#!/usr/bin/env bash
# Installs LemonLDAP::NG (Debian's packages) for the second real-provider e2e suite
# (e2e/second-provider.spec.ts, served by e2e/support/lemonldap-main.mjs).
# Unattended and idempotent: checks first, installs only what is missing, never reconfigures.
# As non-root it prints the exact command to run and exits non-zero.
set -euo pipefail

# .ci/run starts this in the background while npm installs; the e2e suite runs it again: the second
# waits for the first instead of meeting dpkg's lock.
exec 9>"${TMPDIR:-/tmp}/oidc-playground-install-lemonldap.lock"
flock 9

# The portal (OIDC issuer), Plack and Starman (a preforking PSGI server: a browser's idle
# connections would block a single-process one) to serve it without Apache, and the Perl modules
# the OIDC issuer needs to publish its RSA key as a JWKS. Not GD::SecurityImage and ImageMagick
# (recommended, for captchas): the configuration loads a no-op captcha module instead.
packages=(
  liblemonldap-ng-portal-perl
  liblemonldap-ng-common-perl
  libplack-perl
  starman
  libcrypt-openssl-rsa-perl
  libcrypt-openssl-bignum-perl
  libcrypt-openssl-x509-perl
  libstring-random-perl
  libhttp-parser-xs-perl
  libio-string-perl
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  [ "${1:-}" = "--quiet" ] || echo "LemonLDAP::NG is installed."
  exit 0
fi

command="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" != 0 ]; then
  echo "LemonLDAP::NG is missing (${missing[*]}). Install it with:" >&2
  echo "  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive $command" >&2
  exit 1
fi

started=$(date +%s)
export DEBIAN_FRONTEND=noninteractive
# Refresh the package lists only when they cannot find the portal (a fresh container has none).
if ! apt-cache show liblemonldap-ng-portal-perl >/dev/null 2>&1; then
  apt-get update -qq
fi
# Stale package lists can name versions the mirror no longer has: refresh them once and retry.
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
echo "LemonLDAP::NG installed in $(( $(date +%s) - started )) s."
