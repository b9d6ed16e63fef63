# Packages: `cpack -G DEB` in the build folder (or scripts/package.sh from a clean tree)
# makes odoo-deploy_<version>_<arch>.deb. installer/README.md says what is checked.
set(CPACK_PACKAGE_NAME "odoo-deploy")
set(CPACK_PACKAGE_VENDOR "Odoo Deploy")
set(CPACK_PACKAGE_CONTACT "Odoo Deploy developers <odoo-deploy@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "deploy and maintain a production Odoo server over SSH")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A wizard that turns a fresh Debian or Ubuntu server into a production Odoo\n"
    "instance over SSH: PostgreSQL, a system user, a git checkout of Odoo, its\n"
    "configuration and service, nginx with HTTPS, log rotation and backups. It\n"
    "shows every file and step first, runs them with a live log and checks the\n"
    "health. Backups, restore, updates with rollback, module upgrades and staging\n"
    "copies follow. Every action is also a command for automation.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Libraries from dpkg-shlibdeps; Qt's platform plugins (xcb, wayland, offscreen) are a
# package of their own that nothing links against, yet the wizard cannot start without.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own dialogs in Chinese; the ssh program for a jump host.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, openssh-client")
set(CPACK_STRIP_FILES ON)
include(CPack)
