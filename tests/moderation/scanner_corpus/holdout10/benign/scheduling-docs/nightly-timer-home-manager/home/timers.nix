{ pkgs, config, ... }:
let
  fetchRepos = pkgs.writeShellScript "fetch-repos" ''
    set -eu
    for d in ${config.home.homeDirectory}/src/*/.git; do
      repo="''${d%/.git}"
      echo "fetching $repo"
      ${pkgs.git}/bin/git -C "$repo" fetch --all --prune --quiet || echo "failed: $repo"
    done
  '';
in
{
  systemd.user.services.fetch-repos = {
    Unit.Description = "git fetch all repositories under ~/src";
    Service = { Type = "oneshot"; ExecStart = "${fetchRepos}"; Nice = 10; };
  };
  systemd.user.timers.fetch-repos = {
    Unit.Description = "nightly git fetch";
    Timer = { OnCalendar = "*-*-* 04:00"; Persistent = true; RandomizedDelaySec = "15m"; };
    Install.WantedBy = [ "timers.target" ];
  };

  systemd.user.services.nix-gc = {
    Unit.Description = "remove user profile generations older than 14 days";
    Service = { Type = "oneshot"; ExecStart = "${pkgs.nix}/bin/nix-collect-garbage --delete-older-than 14d"; };
  };
  systemd.user.timers.nix-gc = {
    Unit.Description = "weekly user nix-gc";
    Timer = { OnCalendar = "weekly"; Persistent = true; };
    Install.WantedBy = [ "timers.target" ];
  };
}
