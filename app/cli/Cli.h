#pragma once
// The command line of the same binary: every action of the wizard, headless.
// Exit codes: 0 done, 1 usage error, 2 invalid profile, 3 file error.

#include <QCoreApplication>
#include <QStringList>

namespace odoodeploy::cli {

enum ExitCode { Ok = 0, Usage = 1, InvalidProfile = 2, FileError = 3 };

// True when argv asks for the command line rather than the wizard.
bool wantsCommandLine(int argc, char **argv);
int run(const QStringList &arguments);

// Subcommands, one file each.
int render(const QStringList &arguments);
int validate(const QStringList &arguments);
int masterPassword(const QStringList &arguments);
int exec(const QStringList &arguments);
int probe(const QStringList &arguments);
int deploy(const QStringList &arguments);
int check(const QStringList &arguments);
int backup(const QStringList &arguments);
int restore(const QStringList &arguments);
int update(const QStringList &arguments);
int upgrade(const QStringList &arguments);
int rollback(const QStringList &arguments);
int staging(const QStringList &arguments);
int download(const QStringList &arguments);

} // namespace odoodeploy::cli
