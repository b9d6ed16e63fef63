#pragma once
// The operations there are so far. Each is small: it names the steps the planner (or
// another part of the core) makes, and says what it keeps.

#include "Operation.h"
#include "plan/Backup.h"

#include <QCoreApplication>

namespace odoodeploy {

// Read-only: what the server is (HostProbe). Records the facts.
class ProbeOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(ProbeOperation)
public:
    // all: also whether the login can become root and has apt (the run page's check).
    explicit ProbeOperation(bool all = false) : m_all(all) {}
    QString id() const override { return QStringLiteral("probe"); }
    QString title() const override { return tr("Look at the server"); }
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    bool captures(const RemoteStep &step) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;

private:
    bool m_all;
};

// The deployment (Planner), or in check mode what it would change. Refused before
// anything runs when the server cannot take it. Records the certificate pin.
class DeployOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(DeployOperation)
public:
    explicit DeployOperation(bool checkMode) : m_check(checkMode) {}
    QString id() const override { return m_check ? QStringLiteral("deploy-check") : QStringLiteral("deploy"); }
    QString title() const override { return m_check ? tr("What a deployment would change") : tr("Deploy"); }
    bool needsFacts() const override { return true; }
    QList<Requirement> requirements(const DeploymentProfile &profile, const HostFacts &facts) const override;
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    bool captures(const RemoteStep &step) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;
    bool changesServer() const override { return !m_check; }

private:
    bool m_check;
};

// The preview's comparison: every file the plan writes (certificates aside), checked
// against the server in check mode; each step's output is that file's diff.
class CompareFilesOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(CompareFilesOperation)
public:
    QString id() const override { return QStringLiteral("compare-files"); }
    QString title() const override { return tr("Compare the files with the server"); }
    bool needsFacts() const override { return true; }
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    // The server path of each step, in the same order.
    static QStringList paths(const DeploymentProfile &profile, const HostFacts &facts);
};

// A backup on the server (Backup): the database dump and the filestore, named with the
// time and the running commit; the oldest beyond the profile's count go. In check mode
// it says what it would write and how much room there is. Records what it wrote.
class BackupOperation : public CheckableOperation
{
    Q_DECLARE_TR_FUNCTIONS(BackupOperation)
public:
    // downloadTo: then the new backup is downloaded into that local folder too.
    explicit BackupOperation(bool checkOnly, QString downloadTo = QString())
        : CheckableOperation("backup", tr("Back up"), tr("What a backup would take"), checkOnly), m_downloadTo(std::move(downloadTo)) {}
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;
    // What a backup step printed (the folder, the commit that ran, its size), in the keys
    // the journal and RollbackPoint read; also for the backups that update and upgrade take.
    static void recordWritten(const QString &output, OperationRecord &record);

private:
    QString m_downloadTo;
};

// A backup on the server into a local folder (Backup::downloadStep): over SFTP on the
// same connection, resumable, checksums verified. Changes nothing on the server.
class DownloadBackupOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(DownloadBackupOperation)
public:
    DownloadBackupOperation(QString backup, QString localFolder) : m_backup(std::move(backup)), m_local(std::move(localFolder)) {}
    QString id() const override { return QStringLiteral("download-backup"); }
    QString title() const override { return tr("Download a backup"); }
    QList<Requirement> requirements(const DeploymentProfile &profile, const HostFacts &facts) const override;
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;

private:
    QString m_backup;
    QString m_local;
};

// The backups on the server (Backup::listStep), read-only. Its output is recorded
// (details "backups") for a front end to offer; listed() parses it.
class ListBackupsOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(ListBackupsOperation)
public:
    QString id() const override { return QStringLiteral("list-backups"); }
    QString title() const override { return tr("List the backups on the server"); }
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    bool captures(const RemoteStep &) const override { return true; }
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;
    static QList<Backup::Listed> listed(const OperationRecord &record);
};

// Restore a backup (Backup::restoreStep) into the profile's database and filestore;
// the old ones are kept under another name. Needs the facts (the init system).
class RestoreOperation : public CheckableOperation
{
    Q_DECLARE_TR_FUNCTIONS(RestoreOperation)
public:
    RestoreOperation(QString backup, bool otherDatabase, bool checkOnly)
        : CheckableOperation("restore", tr("Restore"), tr("What restoring would do"), checkOnly), m_backup(std::move(backup)),
          m_other(otherDatabase) {}
    bool needsFacts() const override { return true; }
    QList<Requirement> requirements(const DeploymentProfile &profile, const HostFacts &facts) const override;
    QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;
    // What a restore step printed (the backup restored, the database kept), for the journal.
    static void recordRestored(const QString &output, OperationRecord &record);
    // Nothing but a backup folder's name (backup.sh's <time>-<commit>) reaches the server;
    // restore and download refuse anything else the same way.
    static QList<Requirement> backupNameRequirements(const QString &name);

private:
    QString m_backup;
    bool m_other;
};

// Given steps, as they are: `exec`, the preview's file comparison, the health
// check's service state. A probe step among them still records its facts.
class StepsOperation : public Operation
{
    Q_DECLARE_TR_FUNCTIONS(StepsOperation)
public:
    StepsOperation(QString id, QString title, QList<RemoteStep> steps)
        : m_id(std::move(id)), m_title(std::move(title)), m_steps(std::move(steps)) {}
    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    QList<RemoteStep> steps(const DeploymentProfile &, const HostFacts &) const override { return m_steps; }
    bool captures(const RemoteStep &step) const override;
    void record(const RemoteStep &step, const QString &output, OperationRecord &record) const override;

private:
    QString m_id;
    QString m_title;
    QList<RemoteStep> m_steps;
};

// The health check's SSH side: the service state and the logs' last lines (the
// checker reads the output; the tunnels ride on the same connection).
class ServiceStateOperation : public StepsOperation
{
public:
    explicit ServiceStateOperation(const DeploymentProfile &profile);
};

} // namespace odoodeploy
