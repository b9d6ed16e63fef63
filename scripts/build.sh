#!/bin/sh
# Configures and builds into ./build (Ninja, RelWithDebInfo, warnings as errors).
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel
