// A media proxy site in the layout of seed 001 (`try_files $uri @s3;` + `location @s3`), complete,
// for tests that remove or change one line.

export const SITE_PATH = 'nginx/sites-available/media.conf';

export const GOOD_SITE = `proxy_cache_path /var/cache/nginx/media levels=1:2 keys_zone=s3_cache:10m max_size=10g inactive=48h use_temp_path=off;

server {
  listen 80;
  server_name media.example.com;
  root /home/mastodon/live/public/system;
  set $s3_backend 'https://instance-media.s3.fr-par.scw.cloud';

  location = / {
    index index.html;
  }

  location / {
    try_files $uri @s3;
  }

  location @s3 {
    limit_except GET {
      deny all;
    }
    resolver 9.9.9.9 valid=300s;
    proxy_set_header Host 'instance-media.s3.fr-par.scw.cloud';
    proxy_set_header Connection '';
    proxy_set_header Authorization '';
    proxy_hide_header Set-Cookie;
    proxy_hide_header 'Access-Control-Allow-Origin';
    proxy_hide_header x-amz-id-2;
    proxy_hide_header x-amz-request-id;
    proxy_hide_header x-amz-bucket-region;
    proxy_ignore_headers Set-Cookie;
    proxy_pass $s3_backend$uri;
    proxy_intercept_errors off;

    proxy_cache s3_cache;
    proxy_cache_valid 200 304 48h;
    proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
    proxy_cache_lock on;

    expires 1y;
    add_header Cache-Control public;
    add_header X-Cache-Status $upstream_cache_status;
  }
}
`;

/** GOOD_SITE with `from` replaced by `to`; throws when `from` is absent so a stale test cannot pass. */
export function edit(from: string, to: string, text: string = GOOD_SITE): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`no line contains ${JSON.stringify(needle)}`);
  return i + 1;
}
