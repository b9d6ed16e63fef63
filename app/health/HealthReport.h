#pragma once
// What a health check found: one traffic light per check, each with a one-line
// reason and details on demand, and the server's last log lines when something is red.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace odoodeploy {

// Ordered by severity: the overall light is the worst one. Skipped (a check that does
// not apply, e.g. HTTPS without a certificate) never counts.
enum class HealthLight { Skipped, Green, Yellow, Red };

struct HealthResult {
    QString id;        // stable: "service", "odoo", "realtime", "http", "https", "database-manager"
    QString title;     // translated
    HealthLight light = HealthLight::Red;
    QString reason;    // one line
    QString details;   // several lines, shown on demand
    qint64 elapsedMs = 0;
};

struct HealthReport {
    QList<HealthResult> results;
    QString odooLog;   // last lines, fetched with the service state
    QString nginxLog;

    HealthLight overall() const;
    const HealthResult *find(const QString &id) const;
    QJsonObject toJson() const;
    // A table for a terminal: light, title, reason; then the logs when something is red.
    QString toText() const;
};

QString toText(HealthLight light); // "green", "yellow", "red", "skipped": stable, for JSON
QString displayName(HealthLight light); // translated

} // namespace odoodeploy
