#pragma once
// Small helpers shared by the subcommands: output streams and profile loading.

#include "profile/DeploymentProfile.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace odoodeploy::cli {

QTextStream &out();
QTextStream &err();

// Loads --profile and prints a clear message on failure. Returns an exit code (0 = ok).
int loadProfile(const QString &path, DeploymentProfile *profile);
// The --profile FILE option every command has.
void addProfileOption(QCommandLineParser &parser, const QString &description);
// Loads the --profile given and, with `validated`, refuses invalid fields (one line
// each). Returns Ok or the exit code to stop with.
int profileFromOptions(const QCommandLineParser &parser, DeploymentProfile *profile, bool validated = true);
// Prints every validation issue as "file: field: message". Returns true when valid.
bool reportValidation(const QString &path, const DeploymentProfile &profile);
// Parses the subcommand's options; prints usage on error. Returns false to stop.
bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// The --backup NAME option of restore and download: a backup folder's name, or "latest"
// (the newest backup in the journal). Checked here, before anything connects: nothing
// but a backup folder's name reaches the server. Returns Ok or the exit code to stop with.
int backupFromOption(const QCommandLineParser &parser, const DeploymentProfile &profile, QString *name);

} // namespace odoodeploy::cli
