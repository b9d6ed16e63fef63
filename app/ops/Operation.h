#pragma once
// An operation is one thing an admin does to a deployment (probe, deploy, a check of
// what would change, a command, the health check's SSH side; later update, backup,
// restore, staging): an id and title, requirements checked before anything runs, its
// steps, and what it records afterwards. OperationController runs any of them the
// same way, for the wizard and the command line alike.

#include "plan/RemoteStep.h"
#include "profile/DeploymentProfile.h"
#include "profile/HostFacts.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace odoodeploy {

struct Requirement {
    QString text;          // translated: why it cannot (or should not) go ahead
    bool mandatory = true; // false: a warning, shown before the steps run
};

// What an operation learned and did, for the front end to keep: the wizard puts it
// into its model, the command line into the profile file.
struct OperationRecord {
    bool hasFacts = false;
    HostFacts facts;
    QString certificatePin; // SHA-256 of the self-signed certificate, "AB:CD:…"
    QJsonObject details;    // for the journal: the backup written, the commit that ran, …
};

class Operation
{
public:
    virtual ~Operation() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    // Probe the server first, so that requirements and steps may depend on its facts.
    virtual bool needsFacts() const { return false; }
    virtual QList<Requirement> requirements(const DeploymentProfile &, const HostFacts &) const { return {}; }
    virtual QList<RemoteStep> steps(const DeploymentProfile &profile, const HostFacts &facts) const = 0;
    // Does the steps' standard output matter to record()? Only then is it kept.
    virtual bool captures(const RemoteStep &) const { return false; }
    // Called after each successful capturing step with its standard output.
    virtual void record(const RemoteStep &, const QString &, OperationRecord &) const {}
    // Changes the server: the front end asks before (unless told not to).
    virtual bool changesServer() const { return false; }
};

// An operation that changes the server, with a check mode that only says what it
// would do: ids "<id>" and "<id>-check" (the journal keeps only the first), every step's
// output kept for record().
class CheckableOperation : public Operation
{
public:
    CheckableOperation(const char *id, QString title, QString checkTitle, bool checkOnly)
        : m_id(QString::fromLatin1(id)), m_title(std::move(title)), m_checkTitle(std::move(checkTitle)), m_check(checkOnly) {}
    QString id() const override { return m_check ? m_id + QStringLiteral("-check") : m_id; }
    QString title() const override { return m_check ? m_checkTitle : m_title; }
    bool captures(const RemoteStep &) const override { return true; }
    bool changesServer() const override { return !m_check; }
    bool checkOnly() const { return m_check; }

private:
    QString m_id;
    QString m_title;
    QString m_checkTitle;
    bool m_check;
};

} // namespace odoodeploy
