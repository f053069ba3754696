//! The GitHub Pages workflow `rapport init` writes: on every push to
//! `main`, GitHub installs rapport, builds the site with the address Pages
//! gives it, and publishes the output folder.

/// Where `rapport init` writes it.
pub const GITHUB_PAGES_PATH: &str = ".github/workflows/pages.yml";

/// The workflow, for this version of rapport.
pub(crate) fn github_pages() -> String {
    GITHUB_PAGES.replace("{version}", env!("CARGO_PKG_VERSION"))
}

const GITHUB_PAGES: &str = r#"# Publishes the site on GitHub Pages at every push to main (written by
# `rapport init`). Turn it on once: on GitHub, Settings → Pages → Build and
# deployment → Source: GitHub Actions. The README's "Publishing" tells more.
name: Publish the site

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # The whole history: `rapport check` tells outdated translations by it.
          fetch-depth: 0
      - name: Keep rapport and the made photos between runs
        uses: actions/cache@v4
        with:
          path: |
            ~/.cargo/bin/rapport
            .rapport-cache
          key: rapport-{version}-${{ github.sha }}
          restore-keys: rapport-{version}-
      - name: Install rapport
        run: command -v rapport || cargo install --locked rapport --version {version}
      - id: pages
        uses: actions/configure-pages@v5
      - name: Build
        run: rapport build --base-url "${{ steps.pages.outputs.base_url }}/"
      - name: Leave out rapport's own list of files
        run: rm -f public/.rapport-manifest
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public

  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"#;
