#include "DeploymentProfile.h"

#include <QUuid>

#include <array>
#include <utility>

namespace odoodeploy {

DeploymentProfile DeploymentProfile::create()
{
    DeploymentProfile profile;
    profile.name = QStringLiteral("odoo");
    profile.keychainId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return profile;
}

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &text,
             Enum *out)
{
    for (const auto &[candidate, name] : table) {
        if (text == QLatin1String(name)) {
            *out = candidate;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<AuthMethod, const char *>, 3> kAuth{{
    {AuthMethod::Agent, "agent"}, {AuthMethod::KeyFile, "key"}, {AuthMethod::Password, "password"}}};
constexpr std::array<std::pair<MasterPasswordMode, const char *>, 2> kMaster{{
    {MasterPasswordMode::Generated, "generated"}, {MasterPasswordMode::Disabled, "disabled"}}};
constexpr std::array<std::pair<CertificateMode, const char *>, 4> kCert{{
    {CertificateMode::None, "none"},
    {CertificateMode::SelfSigned, "self-signed"},
    {CertificateMode::LetsEncrypt, "letsencrypt"},
    {CertificateMode::Existing, "existing"}}};
constexpr std::array<std::pair<InitSystem, const char *>, 3> kInit{{
    {InitSystem::Auto, "auto"}, {InitSystem::Systemd, "systemd"}, {InitSystem::Sysvinit, "sysvinit"}}};
constexpr std::array<std::pair<StagingCopy, const char *>, 2> kCopy{{{StagingCopy::Live, "live"}, {StagingCopy::Template, "template"}}};

constexpr std::array<std::pair<HostRole, const char *>, 4> kRole{{
    {HostRole::Database, "database"}, {HostRole::App, "app"}, {HostRole::Proxy, "proxy"}, {HostRole::Files, "files"}}};
constexpr std::array<std::pair<FilestoreEngine, const char *>, 2> kFilestore{{
    {FilestoreEngine::GlusterFS, "glusterfs"}, {FilestoreEngine::Nfs, "nfs"}}};

} // namespace

QList<TopologyHost> TopologySettings::withRole(HostRole role) const
{
    QList<TopologyHost> out;
    for (const TopologyHost &host : hosts)
        if (host.roles.testFlag(role))
            out << host;
    return out;
}

QStringList toTexts(HostRoles roles)
{
    QStringList out;
    for (const auto &[role, name] : kRole)
        if (roles.testFlag(role))
            out << QString::fromLatin1(name);
    return out;
}

QString toText(AuthMethod v) { return nameOf(kAuth, v); }
QString toText(MasterPasswordMode v) { return nameOf(kMaster, v); }
QString toText(CertificateMode v) { return nameOf(kCert, v); }
QString toText(InitSystem v) { return nameOf(kInit, v); }
QString toText(StagingCopy v) { return nameOf(kCopy, v); }
QString toText(HostRole v) { return nameOf(kRole, v); }
QString toText(FilestoreEngine v) { return nameOf(kFilestore, v); }
bool fromText(const QString &s, AuthMethod *v) { return valueOf(kAuth, s, v); }
bool fromText(const QString &s, MasterPasswordMode *v) { return valueOf(kMaster, s, v); }
bool fromText(const QString &s, CertificateMode *v) { return valueOf(kCert, s, v); }
bool fromText(const QString &s, InitSystem *v) { return valueOf(kInit, s, v); }
bool fromText(const QString &s, StagingCopy *v) { return valueOf(kCopy, s, v); }
bool fromText(const QString &s, HostRole *v) { return valueOf(kRole, s, v); }
bool fromText(const QString &s, FilestoreEngine *v) { return valueOf(kFilestore, s, v); }

} // namespace odoodeploy
