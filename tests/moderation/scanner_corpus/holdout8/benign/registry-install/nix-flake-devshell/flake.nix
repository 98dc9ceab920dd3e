{
  description = "orchard dev shell";
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.05";
  inputs.flake-utils.url = "github:numtide/flake-utils";

  outputs = { self, nixpkgs, flake-utils }:
    flake-utils.lib.eachDefaultSystem (system:
      let pkgs = nixpkgs.legacyPackages.${system}; in {
        devShells.default = pkgs.mkShell {
          packages = with pkgs; [ go_1_22 nodejs_20 postgresql_16 golangci-lint just ];
          shellHook = ''
            echo "orchard dev shell: go $(go version | cut -d' ' -f3), node $(node --version)"
          '';
        };
      });
}
