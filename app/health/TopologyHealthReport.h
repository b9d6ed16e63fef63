#pragma once
// The health of a deployment on several servers: the site through the proxy, and each
// server's checks of its roles. One app server down while another answers is yellow
// (the site works, the spare is gone), not red: monitoring should warn, not page.

#include "HealthReport.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace odoodeploy {

struct ServerHealth {
    QString name;
    QStringList roles; // as in the profile: "database", "app", ...
    HealthReport report;
};

struct TopologyHealthReport {
    QString proxy;             // the server the site is reached through
    HealthReport site;         // HTTP, HTTPS, the database manager through the proxy
    QList<ServerHealth> servers; // in the profile's order; those with something to check

    // The site's and every non-app server's worst light; the app servers' worst, but a
    // red app server counts yellow while another app server is not red.
    HealthLight overall() const;
    const ServerHealth *server(const QString &name) const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace odoodeploy
