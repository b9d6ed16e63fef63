#pragma once
// One libssh session, owned by one thread. Connects with host-key verification
// against known_hosts, authenticates, and runs commands on exec channels with their
// output streamed through a callback. RAII: the destructor disconnects and frees.

#include "ConnectionSettings.h"
#include "RemoteError.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>

struct ssh_session_struct;

namespace odoodeploy {

enum class OutputStream { Stdout, Stderr };

struct CommandResult {
    int exitStatus = -1;       // -1: none (signal, cancel, timeout or lost connection)
    QString exitSignal;        // "TERM", "KILL", ... when the process died of a signal
    bool cancelled = false;
    bool timedOut = false;
    // After a cancel or a timeout: were the command's processes stopped on the server?
    enum class Stop { NotTried, Stopped, NoAnswer } stop = Stop::NotTried;
    RemoteError error;         // connection problems while running
    bool ok() const { return exitStatus == 0 && error.ok() && !cancelled && !timedOut; }
};

struct RunOptions {
    QByteArray input;                       // written to the command's stdin, then EOF
    int timeoutMs = 0;                      // 0: none
    const std::atomic_bool *cancel = nullptr;
    bool killable = true;                   // run under setsid so that cancel can kill the group
    bool asRoot = false;                    // through sudo unless the login is root
    QString sudoPassword;                   // fed to `sudo -S` on stdin; empty: `sudo -n`
    std::function<void()> idle;             // called while the command is silent (about every 50 ms)
    bool exclusive = false;                 // waits for the server's step lock (root only)
};

class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(SshSession)
public:
    using OutputSink = std::function<void(OutputStream, const QByteArray &)>;

    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects and authenticates. An unknown host key is accepted (and written to
    // known_hosts) only when its fingerprint equals `acceptFingerprint`.
    RemoteError connect(const ConnectionSettings &settings, const Credentials &credentials,
                        const QString &acceptFingerprint = QString());
    bool isConnected() const;
    void disconnect();

    // Runs `command` through the login shell. Output is delivered as it arrives.
    CommandResult run(const QString &command, const OutputSink &sink, const RunOptions &options = {});

    // The wrapper that makes a command killable as a process group; the group id
    // arrives first on stderr behind kPgidMarker and is stripped from the output.
    static QString killableCommand(const QString &command);
    static const QByteArray kPgidMarker;
    static constexpr qsizetype kMarkerSearchBytes = 8192;
    // Finds and removes the marker line in the start of stderr; true once decided.
    static bool takePgidMarker(QByteArray &stderrHead, QByteArray *pgid);

    // The wrapper of an exclusive command: it runs while holding the server's step lock
    // (/run/odoo-deploy/step.lock), after waiting up to exclusiveWaitSec for it; having
    // waited in vain, it exits with kExclusiveBusy.
    static QString exclusiveCommand(const QString &command, int waitSec);
    static int exclusiveWaitSec(const RunOptions &options);
    static constexpr int kExclusiveBusy = 111;

    // `command` as it must be sent to run with options.asRoot: through sudo unless the
    // login is root (then *stdinPrefix is what sudo -S reads first, when it has a password).
    QString privileged(const QString &command, const RunOptions &options, QByteArray *stdinPrefix) const;

    // For channels of other kinds (SshForward's direct-tcpip), in this session's thread.
    ssh_session_struct *native() const { return m_session; }

private:
    RemoteError verifyHostKey(const ConnectionSettings &settings, const QString &acceptFingerprint);
    RemoteError authenticate(const ConnectionSettings &settings, const Credentials &credentials);
    RemoteError lastError(RemoteError::Kind kind, const QString &context) const;
    bool killProcessGroup(const QByteArray &pgid, const char *signal, const RunOptions &options);

    ssh_session_struct *m_session = nullptr;
    QString m_user;
    bool m_connected = false;
};

} // namespace odoodeploy
