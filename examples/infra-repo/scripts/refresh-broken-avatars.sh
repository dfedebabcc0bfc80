#!/bin/bash
# refresh-broken-avatars.sh: fetch again the avatars of the remote accounts a local user
# follows whose avatar file is missing. Run by hand as the mastodon user:
#
#   sudo -u mastodon -H /home/mastodon/ops/scripts/refresh-broken-avatars.sh alice
#
# Idempotent. Skips accounts whose origin advertises no avatar (refreshing them fetches
# nothing and they would be retried forever), and skips headers: many users have none.
set -euo pipefail

export PATH="/home/mastodon/.rbenv/bin:/home/mastodon/.rbenv/shims:$PATH"
export RAILS_ENV=production
cd /home/mastodon/live

USER_TO_REFRESH="${1:?usage: $0 LOCAL_USERNAME}"

accts=$(bin/rails runner "
  acct = Account.find_by(username: %q($USER_TO_REFRESH), domain: nil)
  abort %q(no such local account) unless acct
  acct.following
      .where.not(domain: nil)
      .where(avatar_file_name: nil)
      .where.not(avatar_remote_url: [nil, ''])
      .pluck(:username, :domain)
      .each { |u, d| puts %Q(#{u}@#{d}) }
" | grep -E '^[^[:space:]@]+@[^[:space:]@]+$' || true)

count=$(printf '%s\n' "$accts" | grep -cv '^$' || true)
echo "Found $count remote follows with a missing avatar"

i=0
while IFS= read -r a; do
  [ -z "$a" ] && continue
  i=$((i + 1))
  printf '[%d/%d] refresh %s ... ' "$i" "$count" "$a"
  if bin/tootctl accounts refresh "$a" >/dev/null 2>&1; then
    echo OK
  else
    echo FAIL
  fi
done <<< "$accts"
