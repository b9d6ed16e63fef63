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
// What a command needs of the profile it loads: nothing more (master-password sets a
// field of an invalid one), valid fields (validate), or also one odoo-deploy can act on
// (render, deploy and the rest: not a profile on several servers yet), or the backups'
// server (backup, download, restore --list: on several servers, the profile of the one
// that keeps the backups, TopologyProfile::forBackups).
enum class ProfileNeeds { Loaded, Valid, Actionable, Backups };
// Loads the --profile given and refuses what the command cannot use (invalid fields
// one line each). Returns Ok or the exit code to stop with.
int profileFromOptions(const QCommandLineParser &parser, DeploymentProfile *profile, ProfileNeeds needs = ProfileNeeds::Actionable);
// Prints every validation issue as "file: field: message". Returns true when valid.
bool reportValidation(const QString &path, const DeploymentProfile &profile);
// Parses the subcommand's options; prints usage on error. Returns false to stop.
bool parseOrExplain(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
// The --backup NAME option of restore and download: a backup folder's name, or "latest"
// (the newest backup in the journal). Checked here, before anything connects: nothing
// but a backup folder's name reaches the server. Returns Ok or the exit code to stop with.
int backupFromOption(const QCommandLineParser &parser, const DeploymentProfile &profile, QString *name);

} // namespace odoodeploy::cli
