#pragma once
// What went wrong with a connection or a remote command, as a kind the UI and the
// command line can act on (ask for a password, show a fingerprint) plus a message.

#include <QCoreApplication>
#include <QString>

namespace odoodeploy {

struct RemoteError {
    enum class Kind {
        None,
        Unreachable,      // refused, no route, name not found
        Timeout,          // no answer within the connect timeout
        HostKeyUnknown,   // needs the user's yes (fingerprint below)
        HostKeyChanged,   // stop: possible man in the middle (also OTHER key type)
        NeedPassword,
        NeedPassphrase,
        AuthFailed,
        ConnectionLost,
        Protocol,         // anything else libssh reports
    };
    Kind kind = Kind::None;
    QString message;          // translated, complete sentence(s)
    QString fingerprint;      // "SHA256:..." for host key errors
    QString keyType;          // "ssh-ed25519", ...

    bool ok() const { return kind == Kind::None; }
};

} // namespace odoodeploy
