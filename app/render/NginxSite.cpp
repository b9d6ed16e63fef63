#include "base/DeploymentPaths.h"
#include "Generators.h"
#include "profile/OdooVersions.h"
#include "profile/StagingProfile.h"
#include "profile/TopologyProfile.h"

#include <QStringList>

namespace odoodeploy {

namespace {

// Mozilla's "intermediate" profile without the DHE suites: TLS 1.2 and 1.3, ECDHE key
// exchange, AES-GCM or ChaCha20-Poly1305 only.
const char kCiphers[] = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                        "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                        "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

QString urlHost(const QString &domain)
{
    return domain.contains(QLatin1Char(':')) ? QLatin1Char('[') + domain + QLatin1Char(']') : domain;
}

// nginx variables and zone names allow only [A-Za-z0-9_]; service names may have '-'.
QString identifier(const QString &serviceName)
{
    QString id = serviceName;
    id.replace(QLatin1Char('-'), QLatin1Char('_'));
    return QStringLiteral("odoo_") + id;
}

// Where the site listens and which certificate it shows: a deployment's own site on
// 443 (or 80) with the redirect from 80; a staging copy on a port of production's name
// with production's certificate and no redirect (port 80 stays production's).
struct Listen {
    int port = 0; // 0: 443 with HTTPS, 80 without
    bool redirectFrom80 = true;
    QString certificate;
    QString certificateKey;
    // Production answers what no site claims (a request by address, an unknown name).
    // Without it nginx picks the first site it read, and a staging copy's site
    // ("odoo-staging.conf" sorts first) would show its certificate to production's visitors.
    bool defaultServer = true;
};

class SiteWriter
{
public:
    SiteWriter(const DeploymentProfile &p, const HostFacts &facts, Listen listen = {})
        : m_p(p), m_facts(facts), m_paths(DeploymentPaths::of(p)),
          m_traits(OdooVersions::find(p.odoo.version)), m_id(identifier(p.service.name)), m_listen(std::move(listen))
    {
        if (m_listen.port == 0)
            m_listen.port = p.web.https() ? 443 : 80;
        if (m_listen.certificate.isEmpty()) {
            m_listen.certificate = m_paths.certificate;
            m_listen.certificateKey = m_paths.certificateKey;
        }
    }

    QString render()
    {
        line(0, QStringLiteral("# %1 - written by odoo-deploy for \"%2\" (Odoo %3).")
                    .arg(m_paths.nginxSite, m_p.name, m_p.odoo.version));
        line(0, QStringLiteral("# A redeploy replaces this file (keeping a backup): change the profile instead."));
        upstreams();
        if (m_p.web.https() && m_listen.redirectFrom80)
            redirectServer();
        mainServer(m_p.web.https());
        return m_out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    void line(int indent, const QString &text) { m_out << QString(indent * 4, QLatin1Char(' ')) + text; }
    void blank() { m_out << QString(); }

    bool websocket() const { return m_traits && m_traits->websocket; }
    bool cookieFlags() const
    {
        return m_p.web.https() && m_traits && m_traits->sessionCookieFlags;
    }
    QString listen(int port, bool ssl, bool ipv6) const
    {
        const bool http2Directive = versionAtLeast(m_facts.nginxVersion, 1, 25, 1);
        QString l = QStringLiteral("listen %1%2").arg(ipv6 ? QStringLiteral("[::]:") : QString()).arg(port);
        if (ssl)
            l += http2Directive ? QStringLiteral(" ssl") : QStringLiteral(" ssl http2");
        if (m_listen.defaultServer)
            l += QStringLiteral(" default_server");
        return l + QLatin1Char(';');
    }

    void upstreams()
    {
        // In threaded mode (workers = 0) Odoo serves long polling / websockets itself.
        const int realtimePort = m_p.performance.workers > 0 ? m_p.odoo.longpollingPort : m_p.odoo.httpPort;
        blank();
        upstream(m_id, m_p.odoo.httpPort);
        upstream(m_id + QStringLiteral("_realtime"), realtimePort);
        if (websocket()) {
            blank();
            line(0, QStringLiteral("map $http_upgrade $%1_connection_upgrade {").arg(m_id));
            line(1, QStringLiteral("default upgrade;"));
            line(1, QStringLiteral("''      close;"));
            line(0, QStringLiteral("}"));
        }
    }

    // Odoo on this machine, or every app server of a deployment on several servers. Any
    // of them can answer any request (sessions live in the shared data folder, the bus
    // in PostgreSQL): no affinity. One that fails 3 times in 10 s rests for 10 s; the one
    // a rolling update works on gets no request at all.
    void upstream(const QString &name, int port)
    {
        line(0, QStringLiteral("upstream %1 {").arg(name));
        if (!m_p.topology.spansServers())
            line(1, QStringLiteral("server %1:%2;").arg(urlHost(TopologyProfile::appAddresses(m_p).constFirst())).arg(port));
        for (const TopologyHost &app : m_p.topology.withRole(HostRole::App))
            line(1, QStringLiteral("server %1:%2 max_fails=3 fail_timeout=10s%3;")
                        .arg(urlHost(app.privateAddress))
                        .arg(port)
                        .arg(app.name == m_p.topology.resting ? QStringLiteral(" down") : QString()));
        line(0, QStringLiteral("}"));
    }

    void redirectServer()
    {
        blank();
        line(0, QStringLiteral("# Port 80 only answers Let's Encrypt challenges and redirects to HTTPS."));
        line(0, QStringLiteral("server {"));
        line(1, listen(80, false, false));
        line(1, listen(80, false, true));
        line(1, QStringLiteral("server_name %1;").arg(m_p.web.domain));
        if (m_p.web.certificate == CertificateMode::LetsEncrypt) {
            blank();
            line(1, QStringLiteral("location ^~ /.well-known/acme-challenge/ {"));
            line(2, QStringLiteral("root %1;").arg(m_paths.acmeWebroot));
            line(1, QStringLiteral("}"));
        }
        blank();
        line(1, QStringLiteral("location / {"));
        // 308 keeps the method and body, unlike 301/302.
        line(2, QStringLiteral("return 308 https://%1$request_uri;").arg(urlHost(m_p.web.domain)));
        line(1, QStringLiteral("}"));
        line(0, QStringLiteral("}"));
    }

    void tls()
    {
        blank();
        line(1, QStringLiteral("ssl_certificate %1;").arg(m_listen.certificate));
        line(1, QStringLiteral("ssl_certificate_key %1;").arg(m_listen.certificateKey));
        line(1, QStringLiteral("ssl_protocols TLSv1.2 TLSv1.3;"));
        line(1, QStringLiteral("ssl_ciphers %1;").arg(QLatin1String(kCiphers)));
        // Our order (all of it forward-secret AEAD, strongest first) rather than the client's:
        // testssl.sh rates a server without a cipher order as a finding.
        line(1, QStringLiteral("ssl_prefer_server_ciphers on;"));
        line(1, QStringLiteral("ssl_session_timeout 1d;"));
        line(1, QStringLiteral("ssl_session_cache shared:%1_tls:10m;").arg(m_id));
        if (!versionAtLeast(m_facts.nginxVersion, 1, 23, 2))
            line(1, QStringLiteral("ssl_session_tickets off; # nginx < 1.23.2 never rotates the ticket key"));
        if (m_p.web.hsts)
            line(1, QStringLiteral("add_header Strict-Transport-Security \"max-age=63072000\" always;"));
    }

    // On every answer of the site. add_header in a location would replace all of these
    // there, so no location has one of its own.
    void securityHeaders()
    {
        blank();
        line(1, QStringLiteral("add_header X-Content-Type-Options nosniff always;"));
        // Framed only by its own pages (the website editor frames the site itself).
        line(1, QStringLiteral("add_header Content-Security-Policy \"frame-ancestors 'self'\" always;"));
        line(1, QStringLiteral("add_header Referrer-Policy strict-origin-when-cross-origin always;"));
    }

    // Only static assets are compressed: a compressed page that holds a secret (the CSRF
    // token) and echoes what a visitor sent leaks that secret to a measuring attacker (BREACH).
    void compression(int indent)
    {
        line(indent, QStringLiteral("gzip on;"));
        line(indent, QStringLiteral("gzip_vary on;"));
        line(indent, QStringLiteral("gzip_proxied any;"));
        line(indent, QStringLiteral("gzip_min_length 1000;"));
        line(indent, QStringLiteral("gzip_types text/css text/scss text/plain text/xml application/xml "
                                    "application/json application/javascript image/svg+xml;"));
    }

    // proxy_set_header in a location replaces every inherited one: repeat them all.
    void forwardedHeaders(int indent)
    {
        line(indent, QStringLiteral("# Set, never appended: in proxy_mode Odoo trusts these headers."));
        line(indent, QStringLiteral("proxy_set_header Host $host;"));
        line(indent, QStringLiteral("proxy_set_header X-Forwarded-Host $host;"));
        line(indent, QStringLiteral("proxy_set_header X-Forwarded-For $remote_addr;"));
        line(indent, QStringLiteral("proxy_set_header X-Forwarded-Proto $scheme;"));
        line(indent, QStringLiteral("proxy_set_header X-Real-IP $remote_addr;"));
    }

    void proxyTo(int indent, const QString &upstream)
    {
        line(indent, QStringLiteral("proxy_pass http://%1;").arg(upstream));
        if (cookieFlags())
            line(indent, QStringLiteral("proxy_cookie_flags session_id samesite=lax secure;"));
    }

    void mainServer(bool https)
    {
        blank();
        line(0, QStringLiteral("server {"));
        line(1, listen(m_listen.port, https, false));
        line(1, listen(m_listen.port, https, true));
        if (https && versionAtLeast(m_facts.nginxVersion, 1, 25, 1))
            line(1, QStringLiteral("http2 on;"));
        line(1, QStringLiteral("server_name %1;").arg(m_p.web.domain));
        if (https)
            tls();

        blank();
        line(1, QStringLiteral("access_log %1;").arg(m_paths.nginxAccessLog));
        line(1, QStringLiteral("error_log %1;").arg(m_paths.nginxErrorLog));
        line(1, QStringLiteral("client_max_body_size 200m;"));
        line(1, QStringLiteral("proxy_read_timeout 720s;"));
        line(1, QStringLiteral("proxy_connect_timeout 720s;"));
        line(1, QStringLiteral("proxy_send_timeout 720s;"));
        line(1, QStringLiteral("proxy_buffers 16 64k;"));
        line(1, QStringLiteral("proxy_buffer_size 128k;"));
        line(1, QStringLiteral("proxy_redirect off;"));
        forwardedHeaders(1);

        securityHeaders();
        // Debian's nginx.conf compresses every text/html answer; here only static assets
        // are (see compression()).
        line(1, QStringLiteral("gzip off;"));

        blank();
        const QString route = m_traits ? m_traits->realtimeRoute : QStringLiteral("/websocket");
        line(1, QStringLiteral("location %1 {").arg(route));
        if (websocket()) {
            line(2, QStringLiteral("proxy_http_version 1.1;"));
            line(2, QStringLiteral("proxy_set_header Upgrade $http_upgrade;"));
            line(2, QStringLiteral("proxy_set_header Connection $%1_connection_upgrade;").arg(m_id));
            forwardedHeaders(2);
        }
        proxyTo(2, m_id + QStringLiteral("_realtime"));
        line(1, QStringLiteral("}"));

        if (m_p.odoo.masterPassword.mode == MasterPasswordMode::Disabled) {
            blank();
            line(1, QStringLiteral("# The database manager is disabled for this deployment."));
            line(1, QStringLiteral("location ^~ /web/database/ {"));
            line(2, QStringLiteral("return 403;"));
            line(1, QStringLiteral("}"));
        }

        blank();
        line(1, QStringLiteral("# Static assets change only with an update: let browsers keep them."));
        line(1, QStringLiteral("location /web/static/ {"));
        line(2, QStringLiteral("proxy_buffering on;"));
        line(2, QStringLiteral("expires 7d;"));
        compression(2);
        proxyTo(2, m_id);
        line(1, QStringLiteral("}"));

        blank();
        line(1, QStringLiteral("location / {"));
        proxyTo(2, m_id);
        line(1, QStringLiteral("}"));
        line(0, QStringLiteral("}"));
    }

    const DeploymentProfile &m_p;
    const HostFacts &m_facts;
    const DeploymentPaths m_paths;
    const OdooVersionTraits *m_traits;
    const QString m_id;
    Listen m_listen;
    QStringList m_out;
};

} // namespace

QString Generators::nginxSite(const DeploymentProfile &profile, const HostFacts &facts)
{
    return SiteWriter(profile, facts).render();
}

QString Generators::stagingSite(const DeploymentProfile &production, const HostFacts &facts)
{
    const DeploymentProfile staging = StagingProfile::of(production);
    if (StagingProfile::ownName(production))
        return SiteWriter(staging, facts, {0, true, {}, {}, false}).render();
    const DeploymentPaths productionPaths = DeploymentPaths::of(production);
    return SiteWriter(staging, facts, {StagingProfile::publicPort(production), false, productionPaths.certificate, productionPaths.certificateKey, false})
        .render();
}

QString Generators::acmeChallengeSite(const DeploymentProfile &profile)
{
    const DeploymentPaths d = DeploymentPaths::of(profile);
    return QStringLiteral("# Written by odoo-deploy while certbot asks for the first certificate of %1;\n"
                          "# removed right after (the real site answers challenges from then on).\n"
                          "server {\n"
                          "    listen 80;\n"
                          "    listen [::]:80;\n"
                          "    server_name %1;\n"
                          "\n"
                          "    location ^~ /.well-known/acme-challenge/ {\n"
                          "        root %2;\n"
                          "    }\n"
                          "\n"
                          "    location / {\n"
                          "        return 404;\n"
                          "    }\n"
                          "}\n")
        .arg(profile.web.domain, d.acmeWebroot);
}

} // namespace odoodeploy
