#!/bin/sh
# Builds the Debian package from a build folder into BUILD_DIR/package (where
# install-check.sh picks it up) and checks it as a distribution would:
# lintian, the desktop entry, the AppStream metainfo, the files it holds, its declared
# dependencies, and that the man page lists the same commands and options as --help.
#   check-package.sh BUILD_DIR SOURCE_DIR
set -eu
build=$(realpath "$1")
source=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
words() { printf '%s\n' "$1" | tr '\n' ' '; }

out=$build/package
rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack"; }
rm -rf "$out/_CPack_Packages"
version=$(sed -n 's/^project(OdooDeploy VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")
deb=
for f in "$out"/odoo-deploy_"$version"_*.deb; do [ -e "$f" ] && deb=$f; done
[ -n "$deb" ] || fail "no odoo-deploy_${version}_<arch>.deb in $out"
echo "package: $(basename "$deb")"

# What it holds.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/files"
for f in /usr/bin/odoo-deploy \
    /usr/share/applications/org.odoodeploy.OdooDeploy.desktop \
    /usr/share/metainfo/org.odoodeploy.OdooDeploy.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/odoo-deploy.svg \
    /usr/share/icons/hicolor/48x48/apps/odoo-deploy.png \
    /usr/share/icons/hicolor/256x256/apps/odoo-deploy.png \
    /usr/share/man/man1/odoo-deploy.1.gz \
    /usr/share/doc/odoo-deploy/copyright \
    /usr/share/doc/odoo-deploy/changelog.gz; do
    grep -qx "$f" "$work/files" || fail "the package lacks $f"
done
if grep -E '^/usr/(lib|share)/.*(tst_|/tests?/|\.a$)' "$work/files"; then fail "test or build files in the package"; fi

# What it needs: Qt, QtKeychain, libssh, libcurl and the platform plugins; nothing of the tests.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for dep in libqt6widgets6 libqt6network6 libqt6keychain1 libssh-4 libcurl4 qt6-qpa-plugins; do
    echo "$depends" | grep -q "$dep" || fail "Depends lacks $dep"
done
for unwanted in libqt6test6 nginx openssh-server; do
    if echo "$depends" | grep -q "$unwanted"; then fail "Depends has $unwanted"; fi
done

# Checked by the tools a distribution uses.
mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
desktop-file-validate "$work/root/usr/share/applications/org.odoodeploy.OdooDeploy.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/org.odoodeploy.OdooDeploy.metainfo.xml" || fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "$work/root/usr/share/metainfo/org.odoodeploy.OdooDeploy.metainfo.xml" ||
    fail "the metainfo has no release $version"
# Errors fail; warnings fail unless installer/lintian-overrides.txt names them with a reason.
lintian --tag-display-limit 0 --suppress-tags-from-file "$source/installer/lintian-overrides.txt" "$deb" >"$work/lintian" 2>&1 || true
cat "$work/lintian"
if grep -E '^[EW]: ' "$work/lintian"; then fail "lintian found the lines above"; fi

# The man page and --help list the same commands and options.
binary="$build/odoo-deploy"
man=$(zcat "$work/root/usr/share/man/man1/odoo-deploy.1.gz")
printf '%s\n' "$man" | grep -q "^\.TH ODOO-DEPLOY 1 \"[0-9-]*\" \"odoo-deploy $version\"" ||
    fail "the man page is not of version $version"
help_commands=$("$binary" --help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z-]*\)  .*/\1/p' | sort)
man_commands=$(printf '%s\n' "$man" | sed -n 's/^\.SS \([a-z-]*\)$/\1/p' | sort)
[ "$help_commands" = "$man_commands" ] || fail "commands differ: --help [$(words "$help_commands")] man [$(words "$man_commands")]"
for c in $help_commands; do
    from_help=$("$binary" "$c" --help | grep -oE '^ +(-[a-zA-Z], )?--[a-z-]+' | sed 's/.*--//' |
        grep -vxE 'help|help-all' | sort -u)
    from_man=$(printf '%s\n' "$man" | sed -n "/^\.SS $c\$/,/^\.S[SH] /p" | grep -oE '^\.BI? \\-\\-[a-z\\-]+' |
        sed 's/^\.BI\{0,1\} //; s/\\-/-/g; s/^--//' | sort -u)
    [ "$from_help" = "$from_man" ] || fail "$c: options differ: --help [$(words "$from_help")] man [$(words "$from_man")]"
done
"$binary" --version | grep -q "^odoo-deploy $version " || fail "--version is not $version"
echo "package checked: $(echo "$help_commands" | wc -l) commands, lintian clean"
