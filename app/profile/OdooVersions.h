#pragma once
// The one table of what differs between Odoo versions. Generators and validation
// read it; nothing else compares version numbers.

#include <QList>
#include <QString>

namespace odoodeploy {

struct PythonRange {
    int minMinor = 0; // Python 3.<minMinor> ... 3.<maxMinor>
    int maxMinor = 0;
    bool contains(int major, int minor) const
    {
        return major == 3 && minor >= minMinor && minor <= maxMinor;
    }
};

struct OdooVersionTraits {
    QString version;             // "17.0"
    int major = 0;               // 17
    PythonRange python;
    // The second port: long polling up to 15, the gevent websocket server from 16.
    QString realtimePortOption;  // "longpolling_port" or "gevent_port"
    QString realtimeRoute;       // "/longpolling" or "/websocket"
    bool websocket = false;      // needs Upgrade/Connection headers through nginx
    bool healthRoute = false;    // /web/health exists (15.0 on)
    // Odoo >= 16 serves the session cookie without SameSite; behind HTTPS nginx adds
    // "samesite=lax secure" as the official deployment guide does.
    bool sessionCookieFlags = false;
};

class OdooVersions
{
public:
    static const QList<OdooVersionTraits> &all();
    static const OdooVersionTraits *find(const QString &version);
    static QStringList names();
};

} // namespace odoodeploy
