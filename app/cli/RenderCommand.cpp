#include "Cli.h"
#include "CliSupport.h"
#include "profile/HostFactsJson.h"
#include "profile/TopologyProfile.h"
#include "render/Generators.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace odoodeploy::cli {

namespace {

QFile::Permissions permissionsOf(int mode)
{
    QFile::Permissions p;
    if (mode & 0400) p |= QFile::ReadOwner | QFile::ReadUser;
    if (mode & 0200) p |= QFile::WriteOwner | QFile::WriteUser;
    if (mode & 0100) p |= QFile::ExeOwner | QFile::ExeUser;
    if (mode & 0040) p |= QFile::ReadGroup;
    if (mode & 0020) p |= QFile::WriteGroup;
    if (mode & 0010) p |= QFile::ExeGroup;
    if (mode & 0004) p |= QFile::ReadOther;
    if (mode & 0002) p |= QFile::WriteOther;
    if (mode & 0001) p |= QFile::ExeOther;
    return p;
}

bool writeFile(const QString &path, const QByteArray &content, int mode, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("cli", "Cannot create the folder for %1.").arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate("cli", "Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    QFile::setPermissions(path, permissionsOf(mode));
    return true;
}

} // namespace

int render(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Writes every file the deployment would put on the server into DIR, at the same "
               "paths (DIR/etc/odoo/odoo.conf, ...), commands into DIR/commands/, and a MANIFEST "
               "with owner, group and mode of each."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The profile to render."));
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("cli", "The folder to write into."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("facts"), QCoreApplication::translate("cli", "Host facts from \"odoo-deploy probe\" (JSON)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("server"),
                      QCoreApplication::translate("cli", "A profile on several servers: the server NAME's files (its roles') only."),
                      QStringLiteral("NAME")});
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;

    const QString outDir = parser.value(QStringLiteral("out"));
    if (outDir.isEmpty()) {
        err() << QCoreApplication::translate("cli", "Missing --out DIR.") << Qt::endl;
        return Usage;
    }
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile, ProfileNeeds::Valid); loaded != Ok)
        return loaded;
    // Several servers: one at a time, each with the files of its roles.
    const QString server = parser.value(QStringLiteral("server"));
    if (profile.topology.spansServers() || !server.isEmpty()) {
        QStringList names;
        for (const TopologyHost &host : profile.topology.hosts)
            names << host.name;
        if (!names.contains(server)) {
            err() << (names.isEmpty() ? QCoreApplication::translate("cli", "--server is for a profile on several servers; this one has one.")
                                      : QCoreApplication::translate("cli", "This profile spans several servers: render one with --server NAME (%1).")
                                            .arg(names.join(QStringLiteral(", "))))
                  << Qt::endl;
            return Usage;
        }
        profile = TopologyProfile::forHost(profile, server);
    }

    HostFacts facts;
    if (parser.isSet(QStringLiteral("facts"))) {
        QFile factsFile(parser.value(QStringLiteral("facts")));
        QString error;
        if (!factsFile.open(QIODevice::ReadOnly)) {
            err() << QCoreApplication::translate("cli", "Cannot open %1: %2.").arg(factsFile.fileName(), factsFile.errorString()) << Qt::endl;
            return FileError;
        }
        if (!hostFactsFromJson(factsFile.readAll(), &facts, &error)) {
            err() << factsFile.fileName() << QStringLiteral(": ") << error << Qt::endl;
            return InvalidProfile;
        }
    }

    QString manifest;
    QString error;
    for (const RenderedFile &file : Generators::renderAll(profile, facts)) {
        const QString relative = file.kind == RenderedFile::Kind::Command       ? QStringLiteral("commands/") + file.id
                                 : file.kind == RenderedFile::Kind::ClusterFile ? QStringLiteral("postgresql-cluster/") + file.remotePath
                                                                                : file.remotePath.mid(1);
        const QString target = QDir(outDir).filePath(relative);
        if (!writeFile(target, file.content.toUtf8(), file.mode, &error)) {
            err() << error << Qt::endl;
            return FileError;
        }
        manifest += QStringLiteral("%1 %2:%3 %4\n")
                        .arg(QString::number(file.mode, 8).rightJustified(4, QLatin1Char('0')),
                             file.owner, file.group, QLatin1Char('/') + relative);
        out() << target << Qt::endl;
    }
    if (!writeFile(QDir(outDir).filePath(QStringLiteral("MANIFEST")), manifest.toUtf8(), 0644, &error)) {
        err() << error << Qt::endl;
        return FileError;
    }
    return Ok;
}

int validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Checks a profile; prints one line per invalid field."));
    addProfileOption(parser, QCoreApplication::translate("cli", "The profile to check."));
    int code = Ok;
    if (!parseOrExplain(parser, arguments, &code))
        return code;
    DeploymentProfile profile;
    if (const int loaded = profileFromOptions(parser, &profile, ProfileNeeds::Valid); loaded != Ok)
        return loaded;
    out() << QCoreApplication::translate("cli", "%1: valid.").arg(parser.value(QStringLiteral("profile"))) << Qt::endl;
    return Ok;
}

} // namespace odoodeploy::cli
