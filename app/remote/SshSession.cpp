#include "SshSession.h"

#include "base/PrintableText.h"
#include "base/ShellQuote.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpSocket>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>

#include <memory>

namespace odoodeploy {

const QByteArray SshSession::kPgidMarker = QByteArrayLiteral("\x1eodoo-deploy-pgid ");

namespace {

struct KeyDeleter {
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using Key = std::unique_ptr<ssh_key_struct, KeyDeleter>;

struct ChannelDeleter {
    void operator()(ssh_channel channel) const
    {
        if (ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
    }
};
using Channel = std::unique_ptr<ssh_channel_struct, ChannelDeleter>;

// libssh 0.10 returns -1 from ssh_channel_get_exit_status both for "not yet" and for a
// signal death: the callbacks tell them apart.
struct ExitState {
    int status = -1;
    QString signal;
    bool received = false;
};

void onExitStatus(ssh_session, ssh_channel, int status, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->status = status;
    state->received = true;
}

void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *, void *userdata)
{
    auto *state = static_cast<ExitState *>(userdata);
    state->signal = QString::fromLatin1(signal);
    state->received = true;
}

QString jumpProxyCommand(const QString &jump)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("(?:([^@]+)@)?(\\[[^\\]]+\\]|[^:]+)(?::(\\d+))?")));
    const auto m = re.match(jump);
    QString host = m.captured(2);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    QStringList words{QStringLiteral("ssh"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                      QStringLiteral("-W"), QStringLiteral("[%h]:%p")};
    if (!m.captured(3).isEmpty())
        words << QStringLiteral("-p") << m.captured(3);
    if (!m.captured(1).isEmpty())
        words << QStringLiteral("-l") << m.captured(1);
    words << QStringLiteral("--") << host;
    // %h and %p must reach libssh unquoted-by-us but inside sh quoting: '[%h]:%p' is fine.
    return shellCommand(words);
}

// libssh says "Socket error: disconnected" both when nothing can be reached and when
// a server closed the connection before its banner: a plain TCP connection tells apart.
bool portAccepts(const QString &host, int port, int timeoutSec)
{
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    const bool accepted = socket.waitForConnected(qBound(1, timeoutSec, 10) * 1000);
    socket.abort();
    return accepted;
}

} // namespace

SshSession::SshSession() = default;

SshSession::~SshSession() { disconnect(); }

bool SshSession::isConnected() const { return m_session && m_connected && ssh_is_connected(m_session); }

void SshSession::disconnect()
{
    if (!m_session)
        return;
    if (m_connected)
        ssh_disconnect(m_session);
    ssh_free(m_session);
    m_session = nullptr;
    m_connected = false;
}

RemoteError SshSession::lastError(RemoteError::Kind kind, const QString &context) const
{
    RemoteError e;
    e.kind = kind;
    const QString detail = m_session ? printableText(QString::fromUtf8(ssh_get_error(m_session))).left(300) : QString();
    e.message = detail.isEmpty() ? context : tr("%1: %2").arg(context, detail);
    return e;
}

RemoteError SshSession::connect(const ConnectionSettings &s, const Credentials &credentials,
                                const QString &acceptFingerprint)
{
    disconnect();
    m_session = ssh_new();
    m_user = s.user;
    const QByteArray host = s.host.toUtf8();
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    const QByteArray sshDir = QFile::encodeName(s.sshDir);
    ssh_options_set(m_session, SSH_OPTIONS_SSH_DIR, sshDir.constData());

    // ~/.ssh/config: aliases, HostName, IdentityFile, ProxyJump. Parsed now, after the
    // host, so that what follows overrides what the file may say (Port,
    // StrictHostKeyChecking, ...). Explicit profile values win; defaults defer.
    if (QFile::exists(s.configFile())) {
        const QByteArray config = QFile::encodeName(s.configFile());
        ssh_options_parse_config(m_session, config.constData());
    }
    const int processConfig = 0; // parsed above; libssh must not parse it again on connect
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    if (s.port != 22) {
        const unsigned int port = unsigned(s.port);
        ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    }
    if (!s.user.isEmpty() && s.user != QLatin1String("root")) {
        const QByteArray user = s.user.toUtf8();
        ssh_options_set(m_session, SSH_OPTIONS_USER, user.constData());
    } else {
        // "root" is the profile's default: a User from ~/.ssh/config takes precedence.
        char *configured = nullptr;
        if (ssh_options_get(m_session, SSH_OPTIONS_USER, &configured) != SSH_OK || !configured)
            ssh_options_set(m_session, SSH_OPTIONS_USER, "root");
        ssh_string_free_char(configured);
    }
    const int strict = 1;
    ssh_options_set(m_session, SSH_OPTIONS_STRICTHOSTKEYCHECK, &strict);
    const QByteArray knownHosts = QFile::encodeName(s.knownHostsFile());
    ssh_options_set(m_session, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    // Small request/reply packets: without TCP_NODELAY, Nagle and delayed ACKs add
    // tens of milliseconds to every step.
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    const long timeout = s.connectTimeoutSec;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeout);
    if (!s.jumpHost.isEmpty()) {
        const QByteArray proxy = jumpProxyCommand(s.jumpHost).toUtf8();
        ssh_options_set(m_session, SSH_OPTIONS_PROXYCOMMAND, proxy.constData());
    }
    char *effectiveUser = nullptr;
    if (ssh_options_get(m_session, SSH_OPTIONS_USER, &effectiveUser) == SSH_OK && effectiveUser)
        m_user = QString::fromUtf8(effectiveUser);
    ssh_string_free_char(effectiveUser);

    QElapsedTimer clock;
    clock.start();
    if (ssh_connect(m_session) != SSH_OK) {
        // The server's banner may be part of the detail: printable only.
        const QString detail = printableText(QString::fromUtf8(ssh_get_error(m_session))).left(300);
        const bool timedOut = detail.contains(QLatin1String("imeout"), Qt::CaseInsensitive)
                              || clock.elapsed() >= qint64(s.connectTimeoutSec) * 1000 - 100;
        RemoteError e;
        if (timedOut && ssh_get_serverbanner(m_session)) {
            e.kind = RemoteError::Kind::Timeout;
            e.message = tr("%1 answered on port %2, then said nothing more for %3 s of the SSH handshake (%4).")
                            .arg(s.host).arg(s.port).arg(s.connectTimeoutSec).arg(detail);
        } else if (timedOut) {
            e.kind = RemoteError::Kind::Timeout;
            e.message = tr("%1 did not answer on port %2 within %3 s (%4).").arg(s.host).arg(s.port).arg(s.connectTimeoutSec).arg(detail);
        } else if (ssh_get_serverbanner(m_session)) {
            e.kind = RemoteError::Kind::Protocol;
            e.message = tr("%1 answered on port %2 but broke off the SSH handshake (%3).").arg(s.host).arg(s.port).arg(detail);
        } else if (s.jumpHost.isEmpty() && !detail.contains(QLatin1String("refused")) && !detail.contains(QLatin1String("resolve"))
                   && portAccepts(s.host, s.port, s.connectTimeoutSec)) {
            e.kind = RemoteError::Kind::Protocol;
            e.message = tr("%1 accepted a connection on port %2 but does not speak SSH (%3).").arg(s.host).arg(s.port).arg(detail);
        } else {
            e.kind = RemoteError::Kind::Unreachable;
            e.message = tr("Cannot reach %1 on port %2: %3.").arg(s.host).arg(s.port).arg(detail);
        }
        disconnect();
        return e;
    }
    m_connected = true;

    RemoteError hostKey = verifyHostKey(s, acceptFingerprint);
    if (!hostKey.ok()) {
        disconnect();
        return hostKey;
    }
    RemoteError auth = authenticate(s, credentials);
    if (!auth.ok())
        disconnect();
    return auth;
}

RemoteError SshSession::verifyHostKey(const ConnectionSettings &s, const QString &acceptFingerprint)
{
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(m_session, &rawKey) != SSH_OK)
        return lastError(RemoteError::Kind::Protocol, tr("The server sent no host key"));
    Key key(rawKey);
    unsigned char *hash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(key.get(), SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLength) != SSH_OK)
        return lastError(RemoteError::Kind::Protocol, tr("Cannot hash the host key"));
    char *fingerprintText = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLength);
    const QString fingerprint = QString::fromLatin1(fingerprintText);
    ssh_string_free_char(fingerprintText);
    ssh_clean_pubkey_hash(&hash);
    const QString keyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key.get())));

    RemoteError e;
    e.fingerprint = fingerprint;
    e.keyType = keyType;
    switch (ssh_session_is_known_server(m_session)) {
    case SSH_KNOWN_HOSTS_OK:
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER:
        // OTHER: known_hosts has a different key type for this host. Treated as a
        // change: an attacker would offer exactly such a key.
        e.kind = RemoteError::Kind::HostKeyChanged;
        e.message = tr("The host key of %1 is not the one recorded in %2. Someone may be "
                       "intercepting the connection, or the server was reinstalled. Nothing was "
                       "run. If the change is expected, remove the old entry with "
                       "\"ssh-keygen -R %3\" after checking the new fingerprint (%4 %5) with the "
                       "server's administrator.")
                        .arg(s.host, s.knownHostsFile(), s.knownHostsName(), keyType, fingerprint);
        return e;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        if (!acceptFingerprint.isEmpty() && acceptFingerprint == fingerprint) {
            QDir().mkpath(s.sshDir);
            QFile::setPermissions(s.sshDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            if (ssh_session_update_known_hosts(m_session) != SSH_OK)
                return lastError(RemoteError::Kind::Protocol, tr("Cannot write %1").arg(s.knownHostsFile()));
            return {};
        }
        e.kind = RemoteError::Kind::HostKeyUnknown;
        e.message = tr("%1 is not in %2 yet. Its %3 host key has the fingerprint %4. Accept it "
                       "only if it matches what the server's console shows (ssh-keygen -lf "
                       "/etc/ssh/ssh_host_*_key.pub).")
                        .arg(s.host, s.knownHostsFile(), keyType, fingerprint);
        return e;
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return lastError(RemoteError::Kind::Protocol, tr("Cannot check %1").arg(s.knownHostsFile()));
}

RemoteError SshSession::authenticate(const ConnectionSettings &s, const Credentials &c)
{
    RemoteError e;
    e.kind = RemoteError::Kind::AuthFailed;
    int rc = ssh_userauth_none(m_session, nullptr);
    if (rc == SSH_AUTH_SUCCESS)
        return {};
    if (rc == SSH_AUTH_ERROR)
        return lastError(RemoteError::Kind::ConnectionLost, tr("Authentication failed"));
    const int methods = ssh_userauth_list(m_session, nullptr);

    switch (s.auth) {
    case AuthMethod::Agent:
        if (qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK")) {
            e.message = tr("No SSH agent is running (SSH_AUTH_SOCK is not set). Start one and add "
                           "your key with ssh-add, or choose a key file.");
            return e;
        }
        rc = ssh_userauth_agent(m_session, nullptr);
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        e.message = tr("The server accepted none of the SSH agent's keys for %1.").arg(m_user);
        return e;
    case AuthMethod::KeyFile: {
        if (s.keyFile.isEmpty()) {
            const QByteArray passphrase = c.keyPassphrase.toUtf8();
            rc = ssh_userauth_publickey_auto(m_session, nullptr, c.keyPassphrase.isEmpty() ? nullptr : passphrase.constData());
            if (rc == SSH_AUTH_SUCCESS)
                return {};
            e.message = tr("The server accepted none of the default keys in %1 for %2.").arg(s.sshDir, m_user);
            return e;
        }
        if (!QFile::exists(s.keyFile)) {
            e.message = tr("The key file %1 does not exist.").arg(s.keyFile);
            return e;
        }
        const QByteArray path = QFile::encodeName(s.keyFile);
        const QByteArray passphrase = c.keyPassphrase.toUtf8();
        ssh_key rawKey = nullptr;
        if (ssh_pki_import_privkey_file(path.constData(), c.keyPassphrase.isEmpty() ? nullptr : passphrase.constData(),
                                        nullptr, nullptr, &rawKey) != SSH_OK) {
            if (c.keyPassphrase.isEmpty()) {
                e.kind = RemoteError::Kind::NeedPassphrase;
                e.message = tr("The key %1 is protected by a passphrase.").arg(s.keyFile);
            } else {
                e.message = tr("Cannot read the key %1: wrong passphrase, or not a private key.").arg(s.keyFile);
            }
            return e;
        }
        Key key(rawKey);
        rc = ssh_userauth_publickey(m_session, nullptr, key.get());
        if (rc == SSH_AUTH_SUCCESS)
            return {};
        e.message = tr("The server refused the key %1 for %2.").arg(s.keyFile, m_user);
        return e;
    }
    case AuthMethod::Password: {
        if (c.password.isEmpty()) {
            e.kind = RemoteError::Kind::NeedPassword;
            e.message = tr("The password for %1@%2 is needed.").arg(m_user, s.host);
            return e;
        }
        const QByteArray password = c.password.toUtf8();
        if (methods & SSH_AUTH_METHOD_PASSWORD) {
            rc = ssh_userauth_password(m_session, nullptr, password.constData());
            if (rc == SSH_AUTH_SUCCESS)
                return {};
        }
        if (methods & SSH_AUTH_METHOD_INTERACTIVE) {
            // keyboard-interactive: answer every hidden prompt with the password.
            rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            for (int round = 0; rc == SSH_AUTH_INFO && round < 5; ++round) {
                const int prompts = ssh_userauth_kbdint_getnprompts(m_session);
                for (int i = 0; i < prompts; ++i) {
                    char echo = 0;
                    ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echo);
                    ssh_userauth_kbdint_setanswer(m_session, unsigned(i), echo ? "" : password.constData());
                }
                rc = ssh_userauth_kbdint(m_session, nullptr, nullptr);
            }
            if (rc == SSH_AUTH_SUCCESS)
                return {};
        }
        if (!(methods & (SSH_AUTH_METHOD_PASSWORD | SSH_AUTH_METHOD_INTERACTIVE))) {
            e.message = tr("The server does not accept passwords; use a key.");
            return e;
        }
        e.message = tr("Wrong password for %1@%2.").arg(m_user, s.host);
        return e;
    }
    }
    return e;
}

namespace {

// Reads and drops what a stopped command still sends, until its EOF or the time is up.
// Reading keeps the channel's window open, so a flooding process gets to its signal.
bool drainUntilEof(ssh_channel channel, int ms)
{
    QElapsedTimer clock;
    clock.start();
    char buffer[16384];
    while (!ssh_channel_is_eof(channel) && clock.elapsed() < ms) {
        const int out = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 0);
        const int err = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1);
        if (out == SSH_ERROR || err == SSH_ERROR)
            return false;
        if (out <= 0 && err <= 0)
            ssh_channel_poll_timeout(channel, 100, 0);
    }
    return ssh_channel_is_eof(channel);
}

} // namespace

bool SshSession::takePgidMarker(QByteArray &stderrHead, QByteArray *pgid)
{
    // The login shell or sshd may write first ("Could not chdir to home directory",
    // a noisy ~/.bashrc): look for the marker line anywhere in the first bytes.
    const qsizetype at = stderrHead.indexOf(kPgidMarker);
    if (at >= 0) {
        const qsizetype newline = stderrHead.indexOf('\n', at);
        if (newline < 0)
            return false; // the rest of the line is on its way
        *pgid = stderrHead.mid(at + kPgidMarker.size(), newline - at - kPgidMarker.size()).trimmed();
        stderrHead.remove(at, newline - at + 1);
        // It goes into "kill -- -PGID": a process group id, digits only, or nothing to kill.
        static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("[1-9][0-9]{0,9}")));
        if (!digits.match(QString::fromLatin1(*pgid)).hasMatch())
            pgid->clear();
        return true;
    }
    return stderrHead.size() > kMarkerSearchBytes; // give up: not killable, output goes on
}

QString SshSession::killableCommand(const QString &command)
{
    // setsid -w: a new session (so a process group of its own) whose exit status is
    // passed on. $$ of that shell is the group id; "$0" carries the command unchanged.
    return shellCommand({QStringLiteral("setsid"), QStringLiteral("-w"), QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("printf '\\036odoo-deploy-pgid %s\\n' \"$$\" >&2; exec sh -c \"$0\""),
                         command});
}

QString SshSession::exclusiveCommand(const QString &command, int waitSec)
{
    // flock -o: the lock is held by flock itself while the command runs, not inherited
    // by a daemon the command starts (which would hold it for ever). The first, quick
    // try only tells the log why nothing happens for a while.
    return QStringLiteral("mkdir -p /run/odoo-deploy && "
                          "{ flock -n /run/odoo-deploy/step.lock true || "
                          "echo 'Another odoo-deploy step still runs on this server: waiting for it to end.' >&2; } && "
                          "exec flock -o -w %1 -E %2 /run/odoo-deploy/step.lock sh -c %3")
        .arg(waitSec)
        .arg(kExclusiveBusy)
        .arg(shellQuote(command));
}

int SshSession::exclusiveWaitSec(const RunOptions &options)
{
    // Some of the step's own time is left for the step once the lock is free.
    return options.timeoutMs > 0 ? qMax(1, options.timeoutMs / 1000 - 5) : 600;
}

QString SshSession::privileged(const QString &command, const RunOptions &options, QByteArray *stdinPrefix) const
{
    if (!options.asRoot || m_user == QLatin1String("root"))
        return command;
    if (options.sudoPassword.isEmpty())
        return QStringLiteral("sudo -n -- sh -c %1").arg(shellQuote(command));
    // -k: always ask, so the password line is always consumed by sudo, never by the command.
    *stdinPrefix = options.sudoPassword.toUtf8() + '\n';
    return QStringLiteral("sudo -k -S -p '' -- sh -c %1").arg(shellQuote(command));
}

bool SshSession::killProcessGroup(const QByteArray &pgid, const char *signal, const RunOptions &options)
{
    RunOptions killOptions;
    killOptions.killable = false;
    killOptions.asRoot = options.asRoot;
    killOptions.sudoPassword = options.sudoPassword;
    killOptions.timeoutMs = 5000; // a server that answers at all does this at once
    const CommandResult r = run(QStringLiteral("kill -s %1 -- -%2").arg(QLatin1String(signal), QString::fromLatin1(pgid)),
                                [](OutputStream, const QByteArray &) {}, killOptions);
    return r.error.ok() && !r.timedOut;
}

CommandResult SshSession::run(const QString &command, const OutputSink &sink, const RunOptions &options)
{
    CommandResult result;
    if (!isConnected()) {
        result.error = lastError(RemoteError::Kind::ConnectionLost, tr("Not connected"));
        return result;
    }
    // A failure before the command runs is most often a connection that just dropped
    // (libssh then says only "Socket error"): say that in words.
    const auto notStarted = [this](const QString &what) {
        return lastError(RemoteError::Kind::ConnectionLost, ssh_is_connected(m_session) ? what : tr("The connection was lost before the command started"));
    };
    // Declared before the channel, so that they outlive it: closing the channel (its
    // deleter) may still read an exit-status and call onExitStatus with `exit`.
    ExitState exit;
    ssh_channel_callbacks_struct callbacks{};
    callbacks.userdata = &exit;
    callbacks.channel_exit_status_function = onExitStatus;
    callbacks.channel_exit_signal_function = onExitSignal;
    ssh_callbacks_init(&callbacks);
    Channel channel(ssh_channel_new(m_session));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK) {
        result.error = notStarted(tr("Cannot open a channel"));
        return result;
    }
    ssh_set_channel_callbacks(channel.get(), &callbacks);

    QByteArray input;
    const QString locked = options.exclusive ? exclusiveCommand(command, exclusiveWaitSec(options)) : command;
    const QString inner = options.killable ? killableCommand(locked) : locked;
    const QByteArray wire = privileged(inner, options, &input).toUtf8();
    input += options.input;
    if (ssh_channel_request_exec(channel.get(), wire.constData()) != SSH_OK) {
        result.error = notStarted(tr("Cannot start the command"));
        return result;
    }
    if (!input.isEmpty() && ssh_channel_write(channel.get(), input.constData(), uint32_t(input.size())) == SSH_ERROR) {
        result.error = lastError(RemoteError::Kind::ConnectionLost,
                                 ssh_is_connected(m_session) ? tr("Cannot send input") : tr("The connection was lost while the input was sent"));
        return result;
    }
    ssh_channel_send_eof(channel.get());

    QElapsedTimer clock;
    clock.start();
    QByteArray pgid;
    QByteArray stderrHead; // held back until the pgid marker line is seen
    bool markerDone = !options.killable;
    char buffer[16384];
    bool stopRequested = false;
    while (true) {
        const int out = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, 0);
        if (out > 0)
            sink(OutputStream::Stdout, QByteArray(buffer, out));
        const int err = ssh_channel_read_nonblocking(channel.get(), buffer, sizeof buffer, 1);
        if (err > 0) {
            if (markerDone) {
                sink(OutputStream::Stderr, QByteArray(buffer, err));
            } else {
                stderrHead.append(buffer, err);
                markerDone = takePgidMarker(stderrHead, &pgid);
                if (markerDone && !stderrHead.isEmpty()) {
                    sink(OutputStream::Stderr, stderrHead);
                    stderrHead.clear();
                }
            }
        }
        if (out == SSH_ERROR || err == SSH_ERROR || !ssh_is_connected(m_session)) {
            result.error = lastError(RemoteError::Kind::ConnectionLost, tr("The connection was lost while the command ran"));
            m_connected = false;
            return result;
        }
        // Checked on every round, also while output floods in: Cancel and the
        // timeout must not wait for a silence that may never come.
        const bool cancel = options.cancel && options.cancel->load();
        const bool late = options.timeoutMs > 0 && clock.elapsed() > options.timeoutMs;
        if (cancel || late) {
            stopRequested = true;
            result.cancelled = cancel;
            result.timedOut = !cancel && late;
            if (!pgid.isEmpty()) {
                // A second channel on the same session: TERM the group, then KILL it. A
                // server that does not take the TERM has stopped answering: it is not
                // asked again, and the session is given up.
                const bool stopped = killProcessGroup(pgid, "TERM", options)
                                     && (drainUntilEof(channel.get(), 5000) || killProcessGroup(pgid, "KILL", options));
                result.stop = stopped ? CommandResult::Stop::Stopped : CommandResult::Stop::NoAnswer;
                if (!stopped)
                    m_connected = false;
            }
            break;
        }
        if (out > 0 || err > 0)
            continue;
        if (ssh_channel_is_eof(channel.get()) || ssh_channel_is_closed(channel.get()))
            break;
        if (options.idle)
            options.idle();
        ssh_channel_poll_timeout(channel.get(), 50, 0);
    }
    if (!stderrHead.isEmpty())
        sink(OutputStream::Stderr, stderrHead);
    if (!stopRequested && !exit.received) {
        // exit-status or exit-signal follows EOF: wait for it (or for the close that
        // follows a signal), within the session's timeout.
        const int status = ssh_channel_get_exit_status(channel.get());
        if (!exit.received && status >= 0)
            exit.status = status;
    }
    result.exitStatus = exit.status;
    result.exitSignal = exit.signal;
    return result;
}

} // namespace odoodeploy
