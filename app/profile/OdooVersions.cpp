#include "OdooVersions.h"

namespace odoodeploy {

namespace {

OdooVersionTraits traits(int major, int pyMin, int pyMax)
{
    OdooVersionTraits t;
    t.version = QStringLiteral("%1.0").arg(major);
    t.major = major;
    t.python = {pyMin, pyMax};
    t.websocket = major >= 16;
    t.realtimePortOption = t.websocket ? QStringLiteral("gevent_port")
                                       : QStringLiteral("longpolling_port");
    t.realtimeRoute = t.websocket ? QStringLiteral("/websocket") : QStringLiteral("/longpolling");
    t.healthRoute = major >= 15;
    t.sessionCookieFlags = major >= 16;
    return t;
}

} // namespace

const QList<OdooVersionTraits> &OdooVersions::all()
{
    // Python ranges: the minimum from each release's install guide, the maximum
    // from the newest interpreter its requirements.txt pins packages for.
    static const QList<OdooVersionTraits> table{
        traits(12, 5, 8),  traits(13, 6, 8),   traits(14, 6, 9),  traits(15, 7, 10),
        traits(16, 7, 11), traits(17, 10, 12), traits(18, 10, 13),
    };
    return table;
}

const OdooVersionTraits *OdooVersions::find(const QString &version)
{
    for (const auto &t : all())
        if (t.version == version)
            return &t;
    return nullptr;
}

QStringList OdooVersions::names()
{
    QStringList out;
    for (const auto &t : all())
        out << t.version;
    return out;
}

} // namespace odoodeploy
