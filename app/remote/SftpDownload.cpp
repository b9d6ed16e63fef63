#include "SftpDownload.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <openssl/evp.h>

#include <deque>
#include <memory>
#include <fcntl.h>

namespace odoodeploy {

namespace {

// Debian's and Ubuntu's place for OpenSSH's SFTP server.
constexpr char kSftpServer[] = "/usr/lib/openssh/sftp-server";
// Printed through sudo once it let the server start.
constexpr char kReadyMarker[] = "odoo-deploy-sftp-ready";
constexpr int kReadyTimeoutMs = 20000;

struct FileCloser {
    void operator()(sftp_file file) const { sftp_close(file); }
};
using RemoteFile = std::unique_ptr<sftp_file_struct, FileCloser>;

// OpenSSL's SHA-256 (SHA-NI where the CPU has it); empty when the file cannot be read.
QByteArray sha256Hex(QFile &file)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!ctx || EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr) != 1)
        return {};
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(block.data(), block.size())) > 0)
        EVP_DigestUpdate(ctx.get(), block.constData(), size_t(n));
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (n < 0 || EVP_DigestFinal_ex(ctx.get(), digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}

} // namespace

SftpDownload::SftpDownload(SshSession &session) : m_session(session) {}

SftpDownload::~SftpDownload()
{
    if (m_sftp)
        sftp_free(m_sftp); // frees its channel too
    else if (m_channel)
        ssh_channel_free(m_channel);
}

RemoteError SftpDownload::open(bool asRoot, const QString &sudoPassword)
{
    ssh_session session = m_session.native();
    RemoteError error;
    error.kind = RemoteError::Kind::Protocol;
    if (!session || !m_session.isConnected()) {
        error.message = tr("Not connected");
        return error;
    }
    RunOptions options;
    options.asRoot = asRoot;
    options.sudoPassword = sudoPassword;
    // Through sudo, the server says it is ready before it speaks SFTP: libssh's
    // sftp_init() never returns when the channel ends instead (sudo refused, no server).
    const QString server = QString::fromLatin1(kSftpServer);
    const QString ready = QStringLiteral("[ -x %1 ] || { echo '%1 is missing' >&2; exit 127; }; echo %2; exec %1")
                              .arg(server, QLatin1String(kReadyMarker));
    QByteArray stdinPrefix;
    const QString command = m_session.privileged(ready, options, &stdinPrefix);
    if (command == ready) {
        // The login itself may read the files: the server's own SFTP subsystem.
        m_sftp = sftp_new(session);
    } else {
        m_channel = ssh_channel_new(session);
        if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK
            || ssh_channel_request_exec(m_channel, command.toUtf8().constData()) != SSH_OK) {
            error.message = tr("Cannot start %1 through sudo: %2").arg(server, QString::fromUtf8(ssh_get_error(session)));
            return error;
        }
        // sudo -S reads the password line; the SFTP packets that follow are the server's.
        if (!stdinPrefix.isEmpty() && ssh_channel_write(m_channel, stdinPrefix.constData(), uint32_t(stdinPrefix.size())) == SSH_ERROR) {
            error.message = tr("Cannot send the sudo password: %1").arg(QString::fromUtf8(ssh_get_error(session)));
            return error;
        }
        if (const QString refused = awaitReady(&error.kind); !refused.isEmpty()) {
            error.message = refused;
            return error;
        }
        m_sftp = sftp_new_channel(session, m_channel);
        if (m_sftp)
            m_channel = nullptr; // the SFTP session owns it now
    }
    if (!m_sftp || sftp_init(m_sftp) != SSH_OK) {
        error.message = tr("Cannot start SFTP: %1").arg(QString::fromUtf8(ssh_get_error(session)));
        return error;
    }
    return {};
}

QString SftpDownload::awaitReady(RemoteError::Kind *kind)
{
    // One byte at a time: nothing of the SFTP stream may be taken from libssh's sftp.
    QByteArray line;
    QByteArray errors;
    QElapsedTimer clock;
    clock.start();
    char c = 0;
    char buffer[512];
    while (clock.elapsed() < kReadyTimeoutMs) {
        const int err = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 1);
        if (err > 0 && errors.size() < 4096)
            errors.append(buffer, err);
        const int n = ssh_channel_read_timeout(m_channel, &c, 1, 0, 100);
        if (n == 1) {
            if (c == '\n') {
                if (line == kReadyMarker)
                    return {};
                line.clear();
            } else if (line.size() < 256) {
                line.append(c);
            }
            continue;
        }
        if (n == SSH_ERROR || ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel)) {
            int rest = 0;
            while (errors.size() < 4096 && (rest = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 1)) > 0)
                errors.append(buffer, rest);
            break;
        }
    }
    const QString said = QString::fromUtf8(errors).trimmed();
    if (said.contains(QLatin1String("a password is required"))) {
        *kind = RemoteError::Kind::NeedPassword;
        return tr("sudo needs a password for this login.");
    }
    if (said.contains(QLatin1String("incorrect password")) || said.contains(QLatin1String("Sorry, try again"))) {
        *kind = RemoteError::Kind::AuthFailed;
        return tr("sudo did not accept the password.");
    }
    return said.isEmpty() ? tr("%1 did not start through sudo within %2 s.").arg(QLatin1String(kSftpServer)).arg(kReadyTimeoutMs / 1000)
                          : tr("%1 did not start through sudo: %2").arg(QLatin1String(kSftpServer), said.left(500));
}

QString SftpDownload::newestFolder(const QString &parent, QString *error)
{
    sftp_dir dir = sftp_opendir(m_sftp, parent.toUtf8().constData());
    if (!dir) {
        *error = tr("Cannot list %1 on the server (SFTP error %2).").arg(parent).arg(sftp_get_error(m_sftp));
        return {};
    }
    QString newest;
    while (sftp_attributes entry = sftp_readdir(m_sftp, dir)) {
        const QString name = QString::fromUtf8(entry->name);
        // A name becomes a local folder's: nothing hidden, nothing with a slash.
        if (entry->type == SSH_FILEXFER_TYPE_DIRECTORY && !name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1Char('/')) && name > newest)
            newest = name;
        sftp_attributes_free(entry);
    }
    sftp_closedir(dir);
    if (newest.isEmpty())
        *error = tr("There is no backup in %1.").arg(parent);
    return newest;
}

qint64 SftpDownload::remoteSize(const QString &path, QString *error)
{
    sftp_attributes attributes = sftp_stat(m_sftp, path.toUtf8().constData());
    if (!attributes) {
        *error = tr("Cannot read %1 on the server (SFTP error %2).").arg(path).arg(sftp_get_error(m_sftp));
        return -1;
    }
    const qint64 size = qint64(attributes->size);
    sftp_attributes_free(attributes);
    return size;
}

QString SftpDownload::fetchFile(const QString &remote, const QString &local, qint64 size, qint64 *fetched,
                                const std::function<void(qint64)> &advanced, const std::atomic_bool *cancel)
{
    QFile out(local + QStringLiteral(".part"));
    if (!out.open(QIODevice::ReadWrite | QIODevice::Append))
        return tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
    qint64 done = out.size();
    if (done > size) { // not a beginning of this file: start again
        out.resize(0);
        done = 0;
    }
    RemoteFile file(sftp_open(m_sftp, remote.toUtf8().constData(), O_RDONLY, 0));
    if (!file)
        return tr("Cannot open %1 on the server (SFTP error %2).").arg(remote).arg(sftp_get_error(m_sftp));

    QByteArray buffer(int(kChunkBytes), Qt::Uninitialized);
    while (done < size) {
        // Requests for consecutive chunks, kInFlight of them on the way at any time;
        // the answers come back in order.
        if (sftp_seek64(file.get(), quint64(done)) != 0)
            return tr("Cannot seek in %1 on the server.").arg(remote);
        std::deque<int> waiting;
        qint64 asked = done;
        const auto ask = [&] {
            while (asked < size && waiting.size() < size_t(kInFlight)) {
                const int id = sftp_async_read_begin(file.get(), kChunkBytes);
                if (id < 0)
                    return false;
                waiting.push_back(id);
                asked += kChunkBytes;
            }
            return true;
        };
        if (!ask())
            return tr("Cannot read %1 on the server (SFTP error %2).").arg(remote).arg(sftp_get_error(m_sftp));
        bool shortRead = false;
        while (!waiting.empty()) {
            const int id = waiting.front();
            waiting.pop_front();
            const int n = sftp_async_read(file.get(), buffer.data(), kChunkBytes, uint32_t(id));
            if (n < 0)
                return tr("Reading %1 on the server failed (SFTP error %2).").arg(remote).arg(sftp_get_error(m_sftp));
            if (shortRead)
                continue; // answers to requests past the gap: thrown away, asked again
            if (n == 0)
                return tr("%1 ended after %2 of %3 bytes; did it change on the server?").arg(remote).arg(done).arg(size);
            if (n > 0 && out.write(buffer.constData(), n) != n)
                return tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
            done += n;
            *fetched += n;
            advanced(n);
            if (cancel && cancel->load()) {
                out.flush();
                return tr("Cancelled; %1 keeps what arrived, the next download goes on from there.").arg(out.fileName());
            }
            if (n < int(kChunkBytes) && done < size) {
                shortRead = true; // a server that answers with less: ask again from here
                continue;
            }
            if (!ask())
                return tr("Cannot read %1 on the server (SFTP error %2).").arg(remote).arg(sftp_get_error(m_sftp));
        }
    }
    if (!out.flush())
        return tr("Cannot write %1: %2").arg(out.fileName(), out.errorString());
    out.close();
    QFile::remove(local);
    if (!QFile::rename(out.fileName(), local))
        return tr("Cannot rename %1 to %2.").arg(out.fileName(), local);
    return {};
}

SftpDownload::Result SftpDownload::fetchFolder(const QString &remoteFolder, const QStringList &files, const QString &localFolder,
                                               const QString &sumsFile, const Progress &progress, const std::atomic_bool *cancel)
{
    Result result;
    if (!QDir().mkpath(localFolder)) {
        result.error = tr("Cannot make the folder %1.").arg(localFolder);
        return result;
    }
    // Sizes first: the progress is of the whole download.
    QList<qint64> sizes;
    qint64 total = 0;
    for (const QString &name : files) {
        const qint64 size = remoteSize(remoteFolder + QLatin1Char('/') + name, &result.error);
        if (size < 0)
            return result;
        sizes << size;
        total += size;
    }
    qint64 done = 0;
    const auto advanced = [&](qint64 bytes) {
        done += bytes;
        if (progress)
            progress(done, total);
    };
    for (int i = 0; i < files.size(); ++i) {
        const QString local = QDir(localFolder).filePath(files.at(i));
        const QFileInfo there(local);
        if (there.exists() && there.size() == sizes.at(i)) {
            // Downloaded before; the checksums below say whether it is the same.
            result.resumedFrom += sizes.at(i);
            advanced(sizes.at(i));
            result.lines << tr("%1: there already (%2 MiB)").arg(files.at(i), mib(sizes.at(i)));
            continue;
        }
        const qint64 partial = QFileInfo(local + QStringLiteral(".part")).size();
        const qint64 resumed = partial <= sizes.at(i) ? partial : 0;
        result.resumedFrom += resumed;
        advanced(resumed);
        qint64 fetched = 0;
        result.error = fetchFile(remoteFolder + QLatin1Char('/') + files.at(i), local, sizes.at(i), &fetched, advanced, cancel);
        result.bytes += fetched;
        if (!result.error.isEmpty()) {
            result.cancelled = cancel && cancel->load();
            return result;
        }
        result.lines << (resumed > 0 ? tr("%1: %2 MiB, resumed after %3 MiB").arg(files.at(i), mib(sizes.at(i)), mib(resumed))
                                     : tr("%1: %2 MiB").arg(files.at(i), mib(sizes.at(i))));
    }
    result.error = verifySha256Sums(localFolder, sumsFile, true);
    if (result.error.isEmpty()) {
        result.lines << tr("checksums verified (%1)").arg(sumsFile);
        result.unchanged = result.bytes == 0;
    }
    return result;
}

QString SftpDownload::verifySha256Sums(const QString &folder, const QString &sumsFile, bool removeMismatches)
{
    QFile sums(QDir(folder).filePath(sumsFile));
    if (!sums.open(QIODevice::ReadOnly))
        return tr("Cannot read %1: %2").arg(sums.fileName(), sums.errorString());
    QStringList bad;
    int checked = 0;
    for (const QByteArray &line : sums.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        // "<64 hex>  <name>" (or " *<name>": binary mode); a name with a slash is not ours.
        const QByteArray hash = line.left(64);
        const QString name = QString::fromUtf8(line.mid(66));
        if (line.size() < 67 || name.contains(QLatin1Char('/')) || name == QLatin1String("..")) {
            bad << QString::fromUtf8(line.left(80));
            continue;
        }
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::ReadOnly) || sha256Hex(file) != hash.toLower()) {
            bad << name;
            file.close();
            if (removeMismatches)
                file.remove();
            continue;
        }
        ++checked;
    }
    if (!bad.isEmpty())
        return tr("The checksums in %1 do not match %2; removed, the next download fetches them again.").arg(sums.fileName(), bad.join(QStringLiteral(", ")));
    if (checked == 0)
        return tr("%1 names no file.").arg(sums.fileName());
    return {};
}

} // namespace odoodeploy
