#pragma once
// Where and what the health check looks at, derived from a profile in one place.
// Tests and `check --address` may point it elsewhere; nothing else changes.

#include "HttpExchange.h"
#include "profile/DeploymentProfile.h"

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace odoodeploy {

struct HealthTarget {
    QString address;       // where to connect: the server (an IP or a resolvable name)
    QString domain;        // Host header, TLS server name and certificate name
    int httpPort = 80;
    int httpsPort = 443;
    bool https = true;
    bool selfSigned = false;
    QString pin;           // the self-signed certificate's recorded SHA-256, "AB:CD:…"
    QList<QSslCertificate> extraCaCertificates; // e.g. a company CA, besides the system's
    QString caFile;        // the file they came from (for the curl command)
    int odooMajor = 17;
    // Odoo and its realtime port: through the SSH tunnel normally (they listen on the
    // server's loopback); direct ports when Odoo is reachable without it.
    bool odooDirect = false;
    int odooPort = 8069;
    int realtimePort = 8072;
    bool realtime = true;     // Odoo opens its realtime port only with workers
    bool checkService = true; // over SSH
    QString serviceName = QStringLiteral("odoo");
    // Where Odoo listens, as the server sees it: the SSH tunnel's far end. An app server
    // of a deployment on several listens on its private address only.
    QString odooInterface = QStringLiteral("127.0.0.1");
    // What to check, by the server's roles (docs/topology.md): everything on one server.
    bool checkOdoo = true;        // Odoo and its realtime port
    bool checkSite = true;        // HTTP, HTTPS, the database manager: where nginx serves the site
    bool checkDatabase = false;   // this app server logs in to the database server's PostgreSQL over TLS
    bool checkPostgresql = false; // PostgreSQL accepts connections on this server
    bool checkFilestore = false;  // the shared filestore is mounted here and Odoo may write to it
    bool needsSsh() const { return checkService || checkDatabase || checkPostgresql || checkFilestore; }

    int timeoutMs = 5000;      // every check, from the start, never later
    int slowMs = 2000;         // slower answers are yellow
    int expiryWarningDays = 21;

    // One server's profile; for a server of a deployment on several
    // (TopologyProfile::forHost), the checks of its roles.
    static HealthTarget fromProfile(const DeploymentProfile &profile);
    // Only which checks apply to the profile's server and where its Odoo listens (the
    // check* fields and odooInterface), without reading any file: what the server's
    // side of the check (ServiceHealth::step) needs, and where fromProfile starts.
    static HealthTarget checksOf(const DeploymentProfile &profile);
    // A request for `path` on host:port, sent as for the site: its domain as the URL's
    // host (Host header, TLS name), its pin and CAs with TLS, the target's timeout.
    HttpExchangeRequest request(bool tls, const QString &host, int port, const QString &path) const;
    // What the Test button (and `check --test`) fetches: the site's front page.
    HttpExchangeRequest testRequest() const;
    // The staging copy of `production` (StagingProfile): its service, its Odoo ports, its
    // site on its own name or on its port of production's name (then the HTTP check is
    // production's redirect, and the certificate and its pin are production's). On its
    // own name a self-signed copy's certificate is its own: `copyPin` is its fingerprint
    // (DeploymentState::stagingCertificatePin), or empty when none was recorded.
    static HealthTarget forStaging(const DeploymentProfile &production, const QString &copyPin);
};

} // namespace odoodeploy
