#!/bin/bash
# Monthly S3 cost cleanup for example.social. Run as root from /etc/cron.d/mastodon on the
# 1st of the month; credentials come from the "mastodon-media" profile in /root/.aws.
#
# cache/ only holds copies of media from other servers, so dropping it is "free":
# Mastodon downloads things again when somebody looks at them.
set -eu

export AWS_PROFILE=mastodon-media
BUCKET=example-social-media

echo "cache/ before cleanup:"
aws s3 ls "s3://${BUCKET}/cache/" --recursive --summarize | tail -n 2

aws s3 rm --recursive "s3://${BUCKET}/cache/" --only-show-errors

echo "cache/ emptied at $(date -Is)"
