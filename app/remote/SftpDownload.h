#pragma once
// Files from the server over SFTP on an open SshSession (the same connection as the
// steps), in that session's thread. Reads are pipelined (many requests in flight), so
// a download is not bounded by the round trip; a file is written as <name>.part and
// renamed when complete, and an existing .part is resumed from its end. A folder
// with a SHA256SUMS-style file is verified after the download: a file whose checksum
// does not match is removed (the next run fetches it again) and the download fails.
// Files only root may read are read through sudo (sftp-server run by sudo) when the
// login is not root.

#include "RemoteError.h"
#include "SshSession.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

struct sftp_session_struct;
struct ssh_channel_struct;

namespace odoodeploy {

class SftpDownload
{
    Q_DECLARE_TR_FUNCTIONS(SftpDownload)
public:
    // Bytes done and in all, of the whole download (what was there before counts as done).
    using Progress = std::function<void(qint64 done, qint64 total)>;
    static constexpr quint32 kChunkBytes = 64 * 1024; // every SFTP server serves reads this big
    static constexpr int kInFlight = 32;               // requests waiting for an answer

    explicit SftpDownload(SshSession &session);
    ~SftpDownload();
    SftpDownload(const SftpDownload &) = delete;
    SftpDownload &operator=(const SftpDownload &) = delete;

    // The SFTP subsystem; asRoot on a login that is not root: sftp-server through sudo
    // (error kind NeedPassword or AuthFailed when sudo wants or refused a password).
    RemoteError open(bool asRoot, const QString &sudoPassword);

    struct Result {
        QString error;           // translated; empty when it worked
        bool cancelled = false;
        bool unchanged = false;  // everything was there and verified already
        qint64 bytes = 0;        // fetched now
        qint64 resumedFrom = 0;  // bytes that were there already (.part files, complete files)
        QStringList lines;       // what it did, one line per file, for the log
    };

    // remoteFolder/<each of files> into localFolder/ (made if missing); then the files
    // are checked against localFolder/<sumsFile> (one of the files).
    Result fetchFolder(const QString &remoteFolder, const QStringList &files, const QString &localFolder, const QString &sumsFile,
                       const Progress &progress, const std::atomic_bool *cancel);

    // The name of the newest folder below `parent` by name (backup folders start with
    // their time), hidden ones aside; empty with *error when there is none.
    QString newestFolder(const QString &parent, QString *error);

    // Checks each "<sha256>  <name>" line of sumsFile against the file beside it. Empty
    // when all match; else which do not (those are removed when removeMismatches).
    static QString verifySha256Sums(const QString &folder, const QString &sumsFile, bool removeMismatches);

private:
    // Through sudo: waits for the server's "ready" line; else why it did not start.
    // *kind: NeedPassword or AuthFailed when sudo said so.
    QString awaitReady(RemoteError::Kind *kind);
    qint64 remoteSize(const QString &path, QString *error);
    QString fetchFile(const QString &remote, const QString &local, qint64 size, qint64 *fetched, const std::function<void(qint64)> &advanced,
                      const std::atomic_bool *cancel);

    SshSession &m_session;
    ssh_channel_struct *m_channel = nullptr; // the sudo'ed sftp-server's, else null
    sftp_session_struct *m_sftp = nullptr;
};

} // namespace odoodeploy
