#include "Cli.h"

#include "CliSupport.h"
#include "base/BuildInfo.h"

#include <cstring>

namespace odoodeploy::cli {

namespace {

struct Subcommand {
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Subcommand kSubcommands[] = {
    {"render", &render, QT_TRANSLATE_NOOP("cli", "Write every generated file for a profile into a folder.")},
    {"validate", &validate, QT_TRANSLATE_NOOP("cli", "Check a profile and list every invalid field.")},
    {"master-password", &masterPassword,
     QT_TRANSLATE_NOOP("cli", "Generate a new Odoo master password and store its hash in the profile.")},
    {"probe", &probe, QT_TRANSLATE_NOOP("cli", "Connect to the server and print what it has, as JSON.")},
    {"deploy", &deploy, QT_TRANSLATE_NOOP("cli", "Deploy the profile onto its server (--check: only show what would change).")},
    {"check", &check, QT_TRANSLATE_NOOP("cli", "Check a deployed server's health: traffic lights, exit code 0 green, 1 yellow, 2 red.")},
    {"backup", &backup, QT_TRANSLATE_NOOP("cli", "Back up the database and its files on the server (--check: only say what it would take).")},
    {"download", &download, QT_TRANSLATE_NOOP("cli", "Download a backup to this computer (SFTP, resumable, checksums verified).")},
    {"restore", &restore, QT_TRANSLATE_NOOP("cli", "Restore a backup into the database and its files (--list: the backups on the server).")},
    {"update", &update, QT_TRANSLATE_NOOP("cli", "Update Odoo's code to the newest commit of its branch (or --to a tag or commit), with a backup first.")},
    {"upgrade", &upgrade, QT_TRANSLATE_NOOP("cli", "Upgrade Odoo modules (-u) in the database, with a backup first.")},
    {"rollback", &rollback, QT_TRANSLATE_NOOP("cli", "Go back to the code and data from before the last update or module upgrade.")},
    {"staging", &staging, QT_TRANSLATE_NOOP("cli", "Make a neutralised staging copy beside production (--remove: take it away).")},
    {"exec", &exec, QT_TRANSLATE_NOOP("cli", "Run one command on the server and stream its output.")},
};

QString usage()
{
    QString text = QCoreApplication::translate(
        "cli", "Usage: odoo-deploy [COMMAND] [OPTIONS]\n"
               "Without a command, the deployment wizard starts (with --screenshot FILE: it saves a picture\n"
               "of its first page as FILE and quits).\n\nCommands:\n");
    for (const auto &sub : kSubcommands)
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(sub.name), -16)
                    .arg(QCoreApplication::translate("cli", sub.summary));
    text += QCoreApplication::translate(
        "cli", "\nRun \"odoo-deploy COMMAND --help\" for a command's options.\n"
               "Exit codes: 0 done, 1 usage error, 2 invalid profile, 3 file error, 255 could not connect.\n");
    return text;
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    for (const char *flag : {"-h", "--help", "help", "-v", "--version"})
        if (std::strcmp(first, flag) == 0)
            return true;
    // Any other word is a command (perhaps a mistyped one, which gets a clear error);
    // options such as "-platform offscreen" belong to the wizard's QApplication.
    return first[0] != '-';
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << QStringLiteral("odoo-deploy %1 (commit %2)").arg(BuildInfo::version(), BuildInfo::commit()) << Qt::endl;
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out() << usage();
        out().flush();
        return Ok;
    }
    for (const auto &sub : kSubcommands) {
        if (first == QLatin1String(sub.name)) {
            QStringList rest = arguments;
            rest.removeAt(1); // the parser sees "odoo-deploy --options"
            rest[0] = QStringLiteral("odoo-deploy %1").arg(first);
            return sub.run(rest);
        }
    }
    err() << QCoreApplication::translate("cli", "Unknown command \"%1\".").arg(first) << Qt::endl << usage();
    err().flush();
    return Usage;
}

} // namespace odoodeploy::cli
