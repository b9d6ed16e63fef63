// Validation of a deployment on several servers (topology.hosts, schema 2): each
// server on its own, then the roles of all of them together.
#include "Validation.h"

#include <QRegularExpression>
#include <QSet>

namespace odoodeploy {

namespace {

// The roles one server may hold together: the database with the shared filestore, an
// app server with the proxy; each alone. Anything else is one machine doing too much
// to be worth a topology (the one-server deployment does everything on one).
bool allowedTogether(HostRoles roles)
{
    using R = HostRole;
    static const QList<HostRoles> allowed{R::Database, R::Database | R::Files, R::Files, R::App, R::App | R::Proxy, R::Proxy};
    return allowed.contains(roles);
}

QString roleList(HostRoles roles)
{
    return toTexts(roles).join(QLatin1String(", "));
}

} // namespace

QString Validation::checkTopologyHostName(const QString &name)
{
    if (name.isEmpty())
        return tr("Give the server a short name (such as db or app1).");
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]{0,30}")));
    if (!pattern.match(name).hasMatch())
        return tr("\"%1\" is not a server name: use up to 31 lowercase letters, digits and '-', starting with a letter (such as app1).")
            .arg(name.left(40));
    return {};
}

void Validation::validateTopology(const DeploymentProfile &p, FieldIssues &issues)
{
    const QList<TopologyHost> &hosts = p.topology.hosts;
    const QString all = QStringLiteral("topology.hosts");
    if (p.schema < 2)
        add(issues, all, tr("A deployment on several servers needs the profile's new form (schema 2); save it in the new form first."));
    if (hosts.size() > TopologySettings::kMaxHosts) {
        add(issues, all, tr("At most %1 servers.").arg(TopologySettings::kMaxHosts));
        return; // no message per host of an absurd list
    }
    QSet<QString> names, addresses, logins;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const TopologyHost &host = hosts.at(i);
        const QString prefix = QStringLiteral("%1[%2]").arg(all).arg(i);
        const QString nameIssue = checkTopologyHostName(host.name);
        add(issues, prefix + QStringLiteral(".name"), nameIssue);
        if (nameIssue.isEmpty() && names.contains(host.name))
            add(issues, prefix + QStringLiteral(".name"), tr("Another server is already named \"%1\".").arg(host.name));
        names.insert(host.name);

        if (!host.roles)
            add(issues, prefix + QStringLiteral(".roles"), tr("Give the server at least one role: database, app, proxy or files."));
        else if (!allowedTogether(host.roles))
            add(issues, prefix + QStringLiteral(".roles"),
                tr("One server can hold the database and the shared filestore, or an app server and the proxy; not %1 together.")
                    .arg(roleList(host.roles)));

        const QString addressIssue = checkPrivateAddress(host.privateAddress);
        add(issues, prefix + QStringLiteral(".privateAddress"), addressIssue);
        if (addressIssue.isEmpty() && addresses.contains(host.privateAddress))
            add(issues, prefix + QStringLiteral(".privateAddress"), tr("Another server has the address %1.").arg(host.privateAddress));
        addresses.insert(host.privateAddress);

        validateServer(prefix + QStringLiteral(".server"), host.server, issues);
        // The same login twice is one machine under two names: its roles would clash.
        const QString login = QStringLiteral("%1:%2 via %3").arg(host.server.host).arg(host.server.port).arg(host.server.jumpHost);
        if (!host.server.host.isEmpty() && logins.contains(login))
            add(issues, prefix + QStringLiteral(".server.host"),
                tr("Another server is reached at %1 port %2 already; give one server all of its roles instead.")
                    .arg(host.server.host.left(80))
                    .arg(host.server.port));
        logins.insert(login);
    }

    const auto count = [&](HostRole role) { return p.topology.withRole(role).size(); };
    const struct {
        HostRole role;
        QString none;
    } needed[] = {{HostRole::Database, tr("One server must hold the database.")},
                  {HostRole::App, tr("At least one server must be an app server (Odoo).")},
                  {HostRole::Proxy, tr("One server must be the proxy (nginx, HTTPS).")}};
    for (const auto &n : needed)
        if (count(n.role) == 0)
            add(issues, all, n.none);
    for (HostRole role : {HostRole::Database, HostRole::Proxy, HostRole::Files})
        if (count(role) > 1)
            add(issues, all, tr("Only one server can have the role %1; %2 have it.").arg(toText(role)).arg(count(role)));
    if (count(HostRole::App) > 1 && count(HostRole::Files) == 0)
        add(issues, all, tr("Two or more app servers need the shared filestore: give one server the role files."));
}

} // namespace odoodeploy
