#!/bin/sh
# From a fresh Debian 12 machine: install what is needed, build, start the wizard.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/odoo-deploy "$@"
