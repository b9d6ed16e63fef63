#include "RunLogFile.h"

#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace odoodeploy {

QString RunLogFile::folder()
{
    // The generic data folder, like the deployment state: every binary of ours agrees on it.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/odoo-deploy/logs");
}

bool RunLogFile::open(const QString &operationId, const QString &host, QString *error)
{
    close();
    QDir dir(folder());
    if (!dir.mkpath(QStringLiteral("."))) {
        *error = tr("Cannot create the log folder %1.").arg(dir.path());
        return false;
    }
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QString id = operationId;
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("-"));
    const QString stem = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('-') + id;
    QString name = stem + QStringLiteral(".log");
    for (int n = 2; dir.exists(name); ++n)
        name = stem + QStringLiteral("-%1.log").arg(n);
    m_file.setFileName(dir.filePath(name));
    // NewOnly: never append to, or follow a link to, a file that someone else put there.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        *error = tr("Cannot write the log file %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_written = 0;
    m_dropped = 0;
    m_atLineStart = true;
    note(QStringLiteral("odoo-deploy %1 on %2, %3").arg(operationId, host, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    prune();
    return true;
}

void RunLogFile::put(const QByteArray &bytes)
{
    if (!m_file.isOpen() || bytes.isEmpty())
        return;
    if (m_dropped > 0 || m_written + bytes.size() > kMaxBytes) { // once cut, no later piece fits in
        if (m_dropped == 0) // said where it happens; the count follows at the end
            m_file.write('\n' + tr("[This file keeps no more output: it reached %1 MiB.]").arg(kMaxBytes / (1024 * 1024)).toUtf8() + '\n');
        m_dropped += bytes.size();
        m_atLineStart = true;
        return;
    }
    m_file.write(bytes);
    m_written += bytes.size();
    m_atLineStart = bytes.endsWith('\n');
}

void RunLogFile::write(const QString &text)
{
    put(text.toUtf8());
}

void RunLogFile::note(const QString &line)
{
    if (!m_file.isOpen())
        return;
    QByteArray bytes = line.toUtf8() + '\n';
    if (!m_atLineStart)
        bytes.prepend('\n');
    // Notes say what happened to the run: they get through even when output no longer
    // does (a few bytes beyond the limit, never unbounded: one per step at most).
    m_file.write(bytes);
    m_written += bytes.size();
    m_atLineStart = true;
    m_file.flush();
}

void RunLogFile::close()
{
    if (!m_file.isOpen())
        return;
    if (m_dropped > 0)
        note(tr("This file stops at %1 MiB: %2 more bytes of output were not kept.")
                 .arg(kMaxBytes / (1024 * 1024)).arg(m_dropped));
    m_file.close();
}

void RunLogFile::prune()
{
    QDir dir(folder());
    const QStringList logs = dir.entryList({QStringLiteral("*.log")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = kKeep; i < logs.size(); ++i)
        dir.remove(logs.at(i));
}

} // namespace odoodeploy
