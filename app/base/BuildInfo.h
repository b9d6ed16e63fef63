#pragma once
// What this binary is: its version, the commit it was built from, and the versions of
// the libraries it runs with. For --version and the About dialog.

#include <QString>

namespace odoodeploy::BuildInfo {

QString version();        // "0.1.0"
QString commit();         // "0123456789ab", "-modified" appended for a changed tree, or "unknown"
QString qtVersion();      // the Qt loaded at run time
QString libsshVersion();  // the libssh loaded at run time, as it names itself
QString keychainVersion(); // QtKeychain has no run-time query: the version built against
QString licence();        // "GPL-3.0-or-later"

} // namespace odoodeploy::BuildInfo
