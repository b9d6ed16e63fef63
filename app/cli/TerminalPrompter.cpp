#include "TerminalPrompter.h"

#include "CliSupport.h"

#include <QCoreApplication>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace odoodeploy::cli {

bool TerminalPrompter::interactive() { return isatty(STDIN_FILENO) && isatty(STDERR_FILENO); }

QString TerminalPrompter::readLine(const QString &prompt, bool secret)
{
    err() << prompt;
    err().flush();
    termios saved{};
    const bool hide = secret && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (hide) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    }
    return got ? QString::fromLocal8Bit(buffer).chopped(buffer[0] ? 1 : 0).trimmed() : QString();
}

void TerminalPrompter::askHostKey(const RemoteError &error, Consent answer)
{
    err() << error.message << Qt::endl;
    if (!interactive()) {
        err() << QCoreApplication::translate("cli", "To accept it without a terminal: --accept-host-key %1").arg(error.fingerprint) << Qt::endl;
        answer(false);
        return;
    }
    answer(readLine(QCoreApplication::translate("cli", "Accept this host key and remember it? Type \"yes\" to accept: "), false)
           == QLatin1String("yes"));
}

void TerminalPrompter::askSecret(SecretKind kind, const QString &, const QString &label, const QString &, SecretAnswer answer)
{
    if (!interactive()) {
        const char *variable = kind == SecretKind::SshPassword     ? "ODOO_DEPLOY_SSH_PASSWORD"
                               : kind == SecretKind::KeyPassphrase ? "ODOO_DEPLOY_KEY_PASSPHRASE"
                               : kind == SecretKind::DatabasePassword ? "ODOO_DEPLOY_DATABASE_PASSWORD"
                                                                   : "ODOO_DEPLOY_SUDO_PASSWORD";
        err() << label << Qt::endl;
        if (kind == SecretKind::SudoPassword)
            err() << QCoreApplication::translate("cli", "Without a terminal, set ODOO_DEPLOY_SUDO_PASSWORD (or allow this login sudo without a password).")
                  << Qt::endl;
        else
            err() << QCoreApplication::translate("cli", "Without a terminal, set %1.").arg(QLatin1String(variable)) << Qt::endl;
        answer({}, false);
        return;
    }
    answer(readLine(label + QLatin1Char(' '), true), false);
}

void TerminalPrompter::confirm(const QString &question, Consent answer)
{
    if (m_assumeYes) {
        answer(true);
        return;
    }
    if (!interactive()) {
        err() << question << Qt::endl
              << QCoreApplication::translate("cli", "Add --yes to go ahead, or --check to see what would change.") << Qt::endl;
        m_declined = true;
        answer(false);
        return;
    }
    const bool yes = readLine(question + QCoreApplication::translate("cli", " Type \"yes\": "), false) == QLatin1String("yes");
    m_declined = !yes;
    answer(yes);
}

} // namespace odoodeploy::cli
