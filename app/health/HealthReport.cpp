#include "HealthReport.h"

#include <QJsonArray>

namespace odoodeploy {

HealthLight HealthReport::overall() const
{
    HealthLight worst = HealthLight::Green;
    for (const HealthResult &r : results)
        worst = std::max(worst, r.light);
    return worst;
}

const HealthResult *HealthReport::find(const QString &id) const
{
    for (const HealthResult &r : results)
        if (r.id == id)
            return &r;
    return nullptr;
}

QString toText(HealthLight light)
{
    switch (light) {
    case HealthLight::Skipped: return QStringLiteral("skipped");
    case HealthLight::Green: return QStringLiteral("green");
    case HealthLight::Yellow: return QStringLiteral("yellow");
    case HealthLight::Red: return QStringLiteral("red");
    }
    return {};
}

QString displayName(HealthLight light)
{
    switch (light) {
    case HealthLight::Skipped: return QCoreApplication::translate("health", "skipped");
    case HealthLight::Green: return QCoreApplication::translate("health", "green");
    case HealthLight::Yellow: return QCoreApplication::translate("health", "yellow");
    case HealthLight::Red: return QCoreApplication::translate("health", "red");
    }
    return {};
}

QJsonObject HealthReport::toJson() const
{
    QJsonArray checks;
    for (const HealthResult &r : results)
        checks.append(QJsonObject{{QStringLiteral("id"), r.id},
                                  {QStringLiteral("title"), r.title},
                                  {QStringLiteral("light"), odoodeploy::toText(r.light)},
                                  {QStringLiteral("reason"), r.reason},
                                  {QStringLiteral("details"), r.details},
                                  {QStringLiteral("elapsedMs"), double(r.elapsedMs)}});
    QJsonObject json{{QStringLiteral("overall"), odoodeploy::toText(overall())}, {QStringLiteral("checks"), checks}};
    if (overall() == HealthLight::Red) {
        json.insert(QStringLiteral("odooLog"), odooLog);
        json.insert(QStringLiteral("nginxLog"), nginxLog);
    }
    return json;
}

QString HealthReport::toText() const
{
    QString text;
    for (const HealthResult &r : results)
        text += QStringLiteral("%1  %2  %3\n").arg(displayName(r.light).toUpper(), -8).arg(r.title, -28).arg(r.reason);
    text += QCoreApplication::translate("health", "overall: %1\n").arg(displayName(overall()));
    if (overall() == HealthLight::Red) {
        if (!odooLog.trimmed().isEmpty())
            text += QCoreApplication::translate("health", "\nLast lines of the Odoo log:\n") + odooLog;
        if (!nginxLog.trimmed().isEmpty())
            text += QCoreApplication::translate("health", "\nLast lines of the nginx error log:\n") + nginxLog;
    }
    return text;
}

} // namespace odoodeploy
