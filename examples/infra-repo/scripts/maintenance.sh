#!/usr/bin/env bash
# Nightly Mastodon housekeeping, run at 05:00 from the mastodon user's crontab
# (crontab/mastodon.crontab). Output goes to /home/mastodon/log/maintenance.log.
set -euo pipefail

LIVE=/home/mastodon/live
TOOTCTL="$LIVE/bin/tootctl"
# Overridable for one-off runs: PROFILE_DAYS=30 ./maintenance.sh
PROFILE_DAYS=${PROFILE_DAYS:-14}
CONCURRENCY=4

export RAILS_ENV=production
cd "$LIVE"

echo "== $(date -Is) maintenance start"

# Remote statuses that nobody on this server interacted with.
"$TOOTCTL" statuses remove --days 90

# Profile media of remote accounts that went quiet (14 days since OPS-97).
"$TOOTCTL" media remove \
    --prune-profiles \
    --days "$PROFILE_DAYS" \
    --concurrency "$CONCURRENCY"

echo "== $(date -Is) maintenance done"
