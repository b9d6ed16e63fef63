#pragma once
// Validation of a profile, field by field. Every value a user typed is checked here
// before any generator or planner sees it, so that a name like "x; rm -rf /" is
// refused with a message instead of reaching a file or a shell.

#include "DeploymentProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace odoodeploy {

struct FieldIssue {
    QString field;   // dotted path as in the JSON profile, e.g. "odoo.database"
    QString message; // translated, complete sentence
    bool operator==(const FieldIssue &) const = default;
};

using FieldIssues = QList<FieldIssue>;

class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    static FieldIssues validate(const DeploymentProfile &profile);

    // Issues whose field starts with one of the prefixes (a page's section).
    static FieldIssues filtered(const FieldIssues &issues, const QStringList &prefixes);

    // Single checks, each returning an empty string when the value is fine.
    static QString checkHost(const QString &host);
    static QString checkDomain(const QString &domain, bool publicNameRequired);
    static QString checkPort(int port, int minimum = 1);
    static QString checkLoginName(const QString &user);
    static QString checkSystemUser(const QString &user);
    static QString checkDatabaseName(const QString &name);
    static QString checkDbFilter(const QString &filter);
    static QString checkGitUrl(const QString &url);
    static QString checkGitBranch(const QString &branch);
    static QString checkInstallDir(const QString &dir);
    static QString checkServiceName(const QString &name);
    static QString checkJumpHost(const QString &jump);
    static QString checkEmail(const QString &email);
    static QString checkDebUrl(const QString &url);
    static QString checkAcmeServer(const QString &url);
    static QString checkCaFile(const QString &path);
    static QString checkLocalPath(const QString &path);
    // "SHA256:" and 43 base64 characters, as libssh (and ssh-keygen -l) print it.
    static QString checkHostKeyFingerprint(const QString &fingerprint);
    static QString checkPlainText(const QString &text, int maxLength);
    // Schema 2, a deployment on several servers: a server's short name, its private address.
    static QString checkTopologyHostName(const QString &name);
    static QString checkPrivateAddress(const QString &address);

private:
    static void add(FieldIssues &issues, const QString &field, const QString &message);
    // How odoo-deploy reaches a server over SSH; `prefix` is "server" or a topology host's.
    static void validateServer(const QString &prefix, const ServerSettings &server, FieldIssues &issues);
    static void validateTopology(const DeploymentProfile &profile, FieldIssues &issues); // TopologyValidation.cpp
};

} // namespace odoodeploy
