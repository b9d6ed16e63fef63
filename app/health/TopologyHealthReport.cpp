#include "TopologyHealthReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace odoodeploy {

namespace {
bool isApp(const ServerHealth &s) { return s.roles.contains(QLatin1String("app")); }
} // namespace

HealthLight TopologyHealthReport::overall() const
{
    HealthLight worst = site.overall();
    HealthLight apps = HealthLight::Green;
    bool anAppServerWorks = false;
    for (const ServerHealth &s : servers) {
        const HealthLight light = s.report.overall();
        if (!isApp(s)) {
            worst = std::max(worst, light);
            continue;
        }
        apps = std::max(apps, light);
        anAppServerWorks = anAppServerWorks || light != HealthLight::Red;
    }
    if (apps == HealthLight::Red && anAppServerWorks)
        apps = HealthLight::Yellow;
    return std::max(worst, apps);
}

const ServerHealth *TopologyHealthReport::server(const QString &name) const
{
    for (const ServerHealth &s : servers)
        if (s.name == name)
            return &s;
    return nullptr;
}

QJsonObject TopologyHealthReport::toJson() const
{
    QJsonObject siteJson = site.toJson();
    siteJson.insert(QStringLiteral("through"), proxy);
    QJsonArray serversJson;
    for (const ServerHealth &s : servers) {
        QJsonObject one = s.report.toJson();
        one.insert(QStringLiteral("name"), s.name);
        one.insert(QStringLiteral("roles"), QJsonArray::fromStringList(s.roles));
        serversJson.append(one);
    }
    return {{QStringLiteral("overall"), odoodeploy::toText(overall())}, {QStringLiteral("site"), siteJson}, {QStringLiteral("servers"), serversJson}};
}

QString TopologyHealthReport::toText() const
{
    QString text = QCoreApplication::translate("health", "The site, through %1:\n").arg(proxy) + site.toText();
    for (const ServerHealth &s : servers)
        text += QCoreApplication::translate("health", "\n%1 (%2):\n").arg(s.name, s.roles.join(QStringLiteral(", "))) + s.report.toText();
    text += QCoreApplication::translate("health", "\nall servers: %1\n").arg(displayName(overall()));
    return text;
}

} // namespace odoodeploy
