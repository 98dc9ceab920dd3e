{
  description = "notes-api development shell";

  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
    flake-utils.url = "github:numtide/flake-utils";
  };

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let pkgs = import nixpkgs { inherit system; };
      in {
        devShells.default = pkgs.mkShell {
          packages = with pkgs; [
            python312
            uv
            nodejs_20
            postgresql_16
            ruff
            pre-commit
            jq
          ];
          shellHook = ''
            export PIP_DISABLE_PIP_VERSION_CHECK=1
            echo "notes-api dev shell: python $(python --version | cut -d' ' -f2), node $(node --version)"
          '';
        };
      });
}
