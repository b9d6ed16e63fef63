#include "HostFactsJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace odoodeploy {

namespace {
QString initName(HostFacts::Init init)
{
    switch (init) {
    case HostFacts::Init::Systemd: return QStringLiteral("systemd");
    case HostFacts::Init::Sysvinit: return QStringLiteral("sysvinit");
    case HostFacts::Init::Unknown: break;
    }
    return QStringLiteral("unknown");
}
} // namespace

QJsonObject hostFactsToJson(const HostFacts &f)
{
    QJsonArray ports;
    for (int port : f.listeningPorts)
        ports.append(port);
    return QJsonObject{
        {QStringLiteral("init"), initName(f.init)},
        {QStringLiteral("cpuCount"), f.cpuCount},
        {QStringLiteral("ramBytes"), double(f.ramBytes)},
        {QStringLiteral("nginxVersion"), f.nginxVersion},
        {QStringLiteral("pythonVersion"), f.pythonVersion},
        {QStringLiteral("osId"), f.osId},
        {QStringLiteral("osVersion"), f.osVersion},
        {QStringLiteral("osName"), f.osName},
        {QStringLiteral("diskFreeBytes"), double(f.diskFreeBytes)},
        {QStringLiteral("postgresqlVersions"), QJsonArray::fromStringList(f.postgresqlVersions)},
        {QStringLiteral("odooInstalled"), f.odooInstalled},
        {QStringLiteral("listeningPorts"), ports},
    };
}

namespace {

constexpr qint64 kMaxBytes = qint64(1) << 50; // 1 PiB

// A count from the file: a whole number from 0 to max, else 0 ("unknown"). Checked
// before the conversion, which is undefined behaviour for a double out of range.
qint64 count(const QJsonValue &value, qint64 max)
{
    const double d = value.toDouble(-1);
    return d >= 0 && d <= double(max) && d == std::trunc(d) ? qint64(d) : 0;
}

} // namespace

bool hostFactsFromJson(const QByteArray &bytes, HostFacts *f, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QCoreApplication::translate("HostFacts", "The host facts are not a JSON object: %1.")
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    const QString init = o.value(QStringLiteral("init")).toString();
    f->init = init == QLatin1String("systemd")    ? HostFacts::Init::Systemd
              : init == QLatin1String("sysvinit") ? HostFacts::Init::Sysvinit
                                                  : HostFacts::Init::Unknown;
    f->cpuCount = int(count(o.value(QStringLiteral("cpuCount")), 65536));
    f->ramBytes = count(o.value(QStringLiteral("ramBytes")), kMaxBytes);
    f->nginxVersion = o.value(QStringLiteral("nginxVersion")).toString();
    f->pythonVersion = o.value(QStringLiteral("pythonVersion")).toString();
    f->osId = o.value(QStringLiteral("osId")).toString();
    f->osVersion = o.value(QStringLiteral("osVersion")).toString();
    f->osName = o.value(QStringLiteral("osName")).toString();
    f->diskFreeBytes = count(o.value(QStringLiteral("diskFreeBytes")), kMaxBytes);
    for (const QJsonValue &v : o.value(QStringLiteral("postgresqlVersions")).toArray())
        f->postgresqlVersions << v.toString();
    f->odooInstalled = o.value(QStringLiteral("odooInstalled")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("listeningPorts")).toArray())
        if (const qint64 port = count(v, 65535); port > 0)
            f->listeningPorts << int(port);
    f->probed = true;
    return true;
}

} // namespace odoodeploy
