# bots.example.social: the small instance for our bot accounts (NixOS 25.05).
# Imported from /etc/nixos/configuration.nix on bots1.
{ config, lib, pkgs, ... }:

{
  services.mastodon = {
    enable = true;
    localDomain = "bots.example.social";
    configureNginx = true;
    streamingProcesses = 1;
    smtp.fromAddress = "notifications@bots.example.social";
    # S3_* settings and keys, written by sops-nix.
    extraEnvFiles = [ config.sops.secrets."mastodon/s3-env".path ];

    # Cached remote attachments: mastodon-media-auto-remove.timer runs
    # `tootctl media remove --days 14` every day.
    mediaAutoRemove = {
      enable = true;
      startAt = "daily";
      olderThanDays = 14;
    };
  };

  # Weekly profile prune, copied from the app servers' crontab.
  systemd.services.mastodon-prune-profiles = {
    description = "Prune cached avatars and headers of remote accounts";
    after = [ "mastodon-web.service" ];
    environment = config.systemd.services.mastodon-media-auto-remove.environment;
    serviceConfig = {
      Type = "oneshot";
      User = "mastodon";
      Group = "mastodon";
      EnvironmentFile = config.systemd.services.mastodon-media-auto-remove.serviceConfig.EnvironmentFile;
      WorkingDirectory = "${config.services.mastodon.package}";
    };
    script = ''
      ${config.services.mastodon.package}/bin/tootctl media remove --prune-profiles --days 60
    '';
    startAt = "Sun 05:00";
  };

  sops.secrets."mastodon/s3-env" = {
    owner = "mastodon";
  };
}
