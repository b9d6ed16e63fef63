#include "ProfileJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <limits>

namespace odoodeploy {

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return ProfileJson::tr("null");
    case QJsonValue::Bool: return ProfileJson::tr("a boolean");
    case QJsonValue::Double: return ProfileJson::tr("a number");
    case QJsonValue::String: return ProfileJson::tr("a string");
    case QJsonValue::Array: return ProfileJson::tr("an array");
    case QJsonValue::Object: return ProfileJson::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return ProfileJson::tr("nothing");
}

// Reads one JSON object, remembering the path for messages and the first error.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, QString *error, QStringList *warnings)
        : m_object(object), m_path(std::move(path)), m_error(error), m_warnings(warnings)
    {
    }

    void string(const char *key, QString *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            return fail(key, v, ProfileJson::tr("a string"));
        *out = v.toString();
    }

    void boolean(const char *key, bool *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            return fail(key, v, ProfileJson::tr("true or false"));
        *out = v.toBool();
    }

    template <typename Int>
    void integer(const char *key, Int *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        // Range first: converting a double outside Int's range is undefined behaviour.
        const double d = v.toDouble();
        const double limit = std::ldexp(1.0, std::numeric_limits<Int>::digits); // 2^31 or 2^63
        if (!v.isDouble() || !(d >= -limit && d < limit) || d != std::trunc(d))
            return fail(key, v, ProfileJson::tr("a whole number"));
        *out = Int(d);
    }

    template <typename Enum>
    void choice(const char *key, Enum *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isString() || !fromText(v.toString(), out))
            return failText(ProfileJson::tr("%1: \"%2\" is not one of the allowed values.")
                                 .arg(pathOf(key), v.toString().left(40)));
    }

    // An array of objects: `each` reads one, with its index in the path ("hosts[1].name").
    template <typename Each>
    void objects(const char *key, Each each)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(key, v, ProfileJson::tr("an array"));
        const QJsonArray items = v.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i);
            if (!items.at(i).isObject())
                return failText(ProfileJson::tr("%1: expected %2, found %3.").arg(path, ProfileJson::tr("an object"), typeName(items.at(i))));
            Reader item(items.at(i).toObject(), path, m_error, m_warnings);
            each(item);
        }
    }

    // An array of names, each one of the enum's: a set of flags.
    template <typename Flags>
    void flags(const char *key, Flags *out)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return fail(key, v, ProfileJson::tr("an array"));
        Flags read;
        for (const QJsonValue &item : v.toArray()) {
            typename Flags::enum_type one;
            if (!item.isString() || !fromText(item.toString(), &one))
                return failText(ProfileJson::tr("%1: \"%2\" is not one of the allowed values.")
                                     .arg(pathOf(key), item.toString().left(40)));
            read |= one;
        }
        *out = read;
    }

    Reader object(const char *key)
    {
        const QJsonValue v = take(key);
        if (!v.isUndefined() && !v.isObject())
            fail(key, v, ProfileJson::tr("an object"));
        return Reader(v.toObject(), pathOf(key), m_error, m_warnings);
    }

    // Call last: whatever was not read is unknown (a typo, or a newer minor field).
    void finish()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it)
            m_warnings->append(ProfileJson::tr("%1: unknown field ignored.").arg(pathOf(it.key())));
    }

private:
    QJsonValue take(const char *key)
    {
        const QString k = QString::fromLatin1(key);
        const QJsonValue v = m_object.value(k);
        m_object.remove(k);
        return v;
    }
    QString pathOf(const QString &key) const
    {
        return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
    }
    QString pathOf(const char *key) const { return pathOf(QString::fromLatin1(key)); }
    void fail(const char *key, const QJsonValue &v, const QString &expected)
    {
        failText(ProfileJson::tr("%1: expected %2, found %3.").arg(pathOf(key), expected, typeName(v)));
    }
    void failText(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }

    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QStringList *m_warnings;
};

QString lineAndColumn(const QByteArray &bytes, int offset)
{
    const QByteArray before = bytes.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return ProfileJson::tr("line %1, column %2").arg(line).arg(column);
}

QJsonObject serverJson(const ServerSettings &server)
{
    return QJsonObject{
        {QStringLiteral("host"), server.host},
        {QStringLiteral("port"), server.port},
        {QStringLiteral("user"), server.user},
        {QStringLiteral("auth"), toText(server.auth)},
        {QStringLiteral("keyFile"), server.keyFile},
        {QStringLiteral("jumpHost"), server.jumpHost},
        {QStringLiteral("connectTimeoutSec"), server.connectTimeoutSec},
        {QStringLiteral("upgradePackages"), server.upgradePackages},
    };
}

void readServer(Reader server, ServerSettings *out)
{
    server.string("host", &out->host);
    server.integer("port", &out->port);
    server.string("user", &out->user);
    server.choice("auth", &out->auth);
    server.string("keyFile", &out->keyFile);
    server.string("jumpHost", &out->jumpHost);
    server.integer("connectTimeoutSec", &out->connectTimeoutSec);
    server.boolean("upgradePackages", &out->upgradePackages);
    server.finish();
}

QJsonObject topologyJson(const TopologySettings &topology)
{
    QJsonArray hosts;
    for (const TopologyHost &host : topology.hosts)
        hosts.append(QJsonObject{
            {QStringLiteral("name"), host.name},
            {QStringLiteral("roles"), QJsonArray::fromStringList(toTexts(host.roles))},
            {QStringLiteral("privateAddress"), host.privateAddress},
            {QStringLiteral("server"), serverJson(host.server)},
        });
    return QJsonObject{{QStringLiteral("hosts"), hosts}, {QStringLiteral("filestore"), toText(topology.filestore)}};
}

void readTopology(Reader topology, TopologySettings *out)
{
    topology.objects("hosts", [out](Reader &item) {
        TopologyHost host;
        item.string("name", &host.name);
        item.flags("roles", &host.roles);
        item.string("privateAddress", &host.privateAddress);
        readServer(item.object("server"), &host.server);
        item.finish();
        out->hosts << host;
    });
    topology.choice("filestore", &out->filestore);
    topology.finish();
}

} // namespace

QJsonObject ProfileJson::toJson(const DeploymentProfile &p)
{
    const QJsonObject master{
        {QStringLiteral("mode"), toText(p.odoo.masterPassword.mode)},
        {QStringLiteral("hash"), p.odoo.masterPassword.hash},
    };
    const QJsonObject odoo{
        {QStringLiteral("version"), p.odoo.version},
        {QStringLiteral("gitUrl"), p.odoo.gitUrl},
        {QStringLiteral("branch"), p.odoo.branch},
        {QStringLiteral("installDir"), p.odoo.installDir},
        {QStringLiteral("systemUser"), p.odoo.systemUser},
        {QStringLiteral("database"), p.odoo.database},
        {QStringLiteral("dbFilter"), p.odoo.dbFilter},
        {QStringLiteral("demoData"), p.odoo.demoData},
        {QStringLiteral("httpPort"), p.odoo.httpPort},
        {QStringLiteral("longpollingPort"), p.odoo.longpollingPort},
        {QStringLiteral("wkhtmltopdfDeb"), p.odoo.wkhtmltopdfDeb},
        {QStringLiteral("masterPassword"), master},
    };
    const auto &perf = p.performance;
    const QJsonObject performance{
        {QStringLiteral("workers"), perf.workers},
        {QStringLiteral("maxCronThreads"), perf.maxCronThreads},
        {QStringLiteral("limitMemorySoft"), double(perf.limitMemorySoft)},
        {QStringLiteral("limitMemoryHard"), double(perf.limitMemoryHard)},
        {QStringLiteral("limitTimeCpu"), perf.limitTimeCpu},
        {QStringLiteral("limitTimeReal"), perf.limitTimeReal},
        {QStringLiteral("limitRequest"), perf.limitRequest},
    };
    const QJsonObject web{
        {QStringLiteral("domain"), p.web.domain},
        {QStringLiteral("certificate"), toText(p.web.certificate)},
        {QStringLiteral("certFile"), p.web.certFile},
        {QStringLiteral("keyFile"), p.web.keyFile},
        {QStringLiteral("letsEncryptEmail"), p.web.letsEncryptEmail},
        {QStringLiteral("acmeServer"), p.web.acmeServer},
        {QStringLiteral("caFile"), p.web.caFile},
        {QStringLiteral("hsts"), p.web.hsts},
        {QStringLiteral("firewall"), p.web.firewall},
        {QStringLiteral("certificatePin"), p.web.certificatePin},
    };
    const QJsonObject service{
        {QStringLiteral("name"), p.service.name},
        {QStringLiteral("initSystem"), toText(p.service.initSystem)},
    };
    QJsonObject root{
        {QStringLiteral("schema"), p.schema},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("keychainId"), p.keychainId},
        {QStringLiteral("server"), serverJson(p.server)},
        {QStringLiteral("odoo"), odoo},
        {QStringLiteral("performance"), performance},
        {QStringLiteral("web"), web},
        {QStringLiteral("service"), service},
        {QStringLiteral("backup"), QJsonObject{{QStringLiteral("keep"), p.backup.keep},
                                               {QStringLiteral("scheduled"), p.backup.scheduled},
                                               {QStringLiteral("at"), p.backup.at}}},
        {QStringLiteral("staging"), QJsonObject{{QStringLiteral("database"), p.staging.database},
                                                {QStringLiteral("copy"), toText(p.staging.copy)},
                                                {QStringLiteral("httpPort"), p.staging.httpPort},
                                                {QStringLiteral("longpollingPort"), p.staging.longpollingPort},
                                                {QStringLiteral("domain"), p.staging.domain},
                                                {QStringLiteral("publicPort"), p.staging.publicPort}}},
    };
    if (p.schema >= 2)
        root.insert(QStringLiteral("topology"), topologyJson(p.topology));
    return root;
}

QByteArray ProfileJson::toBytes(const DeploymentProfile &profile)
{
    return QJsonDocument(toJson(profile)).toJson(QJsonDocument::Indented);
}

ProfileLoadResult ProfileJson::fromBytes(const QByteArray &bytes)
{
    ProfileLoadResult result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("The profile is not valid JSON (%1): %2.")
                           .arg(lineAndColumn(bytes, parseError.offset), parseError.errorString());
        return result;
    }
    if (!doc.isObject()) {
        result.error = tr("The profile must be a JSON object.");
        return result;
    }
    const QJsonObject root = doc.object();
    const QJsonValue schema = root.value(QStringLiteral("schema"));
    if (!schema.isDouble()) {
        result.error = tr("This is not an odoo-deploy profile: it has no \"schema\" number.");
        return result;
    }
    // As a double: toInt() makes 0 of 2.5 or 1e30, and the message would name schema 0.
    const double schemaNumber = schema.toDouble();
    if (schemaNumber < 1 || schemaNumber != std::trunc(schemaNumber)) {
        result.error = tr("The profile's schema %1 is not valid.").arg(schemaNumber);
        return result;
    }
    if (schemaNumber > DeploymentProfile::kSchemaVersion) {
        result.error = tr("The profile uses schema %1, but this odoo-deploy only knows schema %2. "
                          "Update odoo-deploy to open it.")
                           .arg(schemaNumber)
                           .arg(DeploymentProfile::kSchemaVersion);
        return result;
    }

    DeploymentProfile p; // absent fields keep their defaults
    QString error;
    Reader r(root, QString(), &error, &result.warnings);
    r.integer("schema", &p.schema); // kept: a schema-1 file is saved as schema 1
    r.string("name", &p.name);
    r.string("keychainId", &p.keychainId);
    readServer(r.object("server"), &p.server);

    Reader odoo = r.object("odoo");
    odoo.string("version", &p.odoo.version);
    odoo.string("gitUrl", &p.odoo.gitUrl);
    odoo.string("branch", &p.odoo.branch);
    odoo.string("installDir", &p.odoo.installDir);
    odoo.string("systemUser", &p.odoo.systemUser);
    odoo.string("database", &p.odoo.database);
    odoo.string("dbFilter", &p.odoo.dbFilter);
    odoo.boolean("demoData", &p.odoo.demoData);
    odoo.integer("httpPort", &p.odoo.httpPort);
    odoo.integer("longpollingPort", &p.odoo.longpollingPort);
    odoo.string("wkhtmltopdfDeb", &p.odoo.wkhtmltopdfDeb);
    Reader master = odoo.object("masterPassword");
    master.choice("mode", &p.odoo.masterPassword.mode);
    master.string("hash", &p.odoo.masterPassword.hash);
    master.finish();
    odoo.finish();

    Reader perf = r.object("performance");
    perf.integer("workers", &p.performance.workers);
    perf.integer("maxCronThreads", &p.performance.maxCronThreads);
    perf.integer("limitMemorySoft", &p.performance.limitMemorySoft);
    perf.integer("limitMemoryHard", &p.performance.limitMemoryHard);
    perf.integer("limitTimeCpu", &p.performance.limitTimeCpu);
    perf.integer("limitTimeReal", &p.performance.limitTimeReal);
    perf.integer("limitRequest", &p.performance.limitRequest);
    perf.finish();

    Reader web = r.object("web");
    web.string("domain", &p.web.domain);
    web.choice("certificate", &p.web.certificate);
    web.string("certFile", &p.web.certFile);
    web.string("keyFile", &p.web.keyFile);
    web.string("letsEncryptEmail", &p.web.letsEncryptEmail);
    web.string("acmeServer", &p.web.acmeServer);
    web.string("caFile", &p.web.caFile);
    web.boolean("hsts", &p.web.hsts);
    web.boolean("firewall", &p.web.firewall);
    web.string("certificatePin", &p.web.certificatePin);
    web.finish();

    Reader service = r.object("service");
    service.string("name", &p.service.name);
    service.choice("initSystem", &p.service.initSystem);
    service.finish();

    Reader backup = r.object("backup");
    backup.integer("keep", &p.backup.keep);
    backup.boolean("scheduled", &p.backup.scheduled);
    backup.string("at", &p.backup.at);
    backup.finish();

    Reader staging = r.object("staging");
    staging.string("database", &p.staging.database);
    staging.choice("copy", &p.staging.copy);
    staging.integer("httpPort", &p.staging.httpPort);
    staging.integer("longpollingPort", &p.staging.longpollingPort);
    staging.string("domain", &p.staging.domain);
    staging.integer("publicPort", &p.staging.publicPort);
    staging.finish();
    if (p.schema >= 2) // in a schema-1 file, "topology" is an unknown field
        readTopology(r.object("topology"), &p.topology);
    r.finish();

    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.ok = true;
    result.profile = p;
    return result;
}

ProfileLoadResult ProfileJson::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ProfileLoadResult result;
        result.error = tr("Cannot open %1: %2.").arg(path, file.errorString());
        return result;
    }
    // A profile is a few kilobytes; refuse anything absurd instead of reading it all.
    constexpr qint64 kMaxBytes = 1024 * 1024;
    if (file.size() > kMaxBytes) {
        ProfileLoadResult result;
        result.error = tr("%1 is too large to be a profile.").arg(path);
        return result;
    }
    ProfileLoadResult result = fromBytes(file.readAll());
    if (!result.ok)
        result.error = tr("%1: %2").arg(path, result.error);
    return result;
}

bool ProfileJson::save(const DeploymentProfile &profile, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toBytes(profile)) < 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot save %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace odoodeploy
