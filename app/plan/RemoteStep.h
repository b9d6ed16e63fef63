#pragma once
// One command for the runner: what the plan hands to remote/. The plan owns the type;
// the runner only executes it.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace odoodeploy {

struct RemoteStep {
    // A step's command exits with this status to say "already so, nothing changed"
    // (the step scripts' drivers use the same number).
    static constexpr int kUnchangedExitStatus = 100;

    QString id;
    QString title;
    QString command;      // a composed step script (StepScript): values only as quoted variables
    bool asRoot = false;
    int timeoutSec = 0;   // 0: none
    QByteArray input;     // standard input (a file's new content), never shown in the log
    // Unchanged ends the run, successfully: the steps after it have nothing to do
    // (an update that finds the checkout already at its target).
    bool endsRunWhenUnchanged = false;

    // Instead of a command: files fetched from the server over SFTP on the same
    // connection (remote/SftpDownload), read as root when asRoot.
    struct Download {
        QString remoteFolder;  // the folder, or with newestIn its parent
        bool newestIn = false; // the newest (by name) folder below remoteFolder
        QStringList files;     // names in the folder, fetched in this order
        QString localFolder;   // <localFolder>/<the remote folder's name>/
        QString sumsFile;      // one of the files: "<sha256>  <name>" lines to verify against
        bool isSet() const { return !remoteFolder.isEmpty(); }
    } download = {};

    // Changes the server: runs only while no other such step of odoo-deploy runs there.
    // A command whose connection dropped goes on running on the server; the next run's
    // steps wait for it (two `odoo -i`, or apt against apt, must never meet).
    bool exclusive = false;
};

} // namespace odoodeploy
