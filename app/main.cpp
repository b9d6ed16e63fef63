// Tiny on purpose: the wizard when started without a command, else the command line.
#include "cli/Cli.h"
#include "i18n/Translations.h"
#include "DeployWizard.h"

#include <QApplication>

int main(int argc, char **argv)
{
    if (odoodeploy::cli::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv); // no display needed
        QCoreApplication::setApplicationName(QStringLiteral("odoo-deploy"));
        odoodeploy::installTranslations(app);
        return odoodeploy::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("odoo-deploy"));
    QApplication::setOrganizationName(QStringLiteral("odoo-deploy"));
    QApplication::setApplicationDisplayName(QStringLiteral("Odoo Deploy"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/odoo-deploy.svg")));
    odoodeploy::installTranslations(app);
    odoodeploy::DeployWizard wizard;
    wizard.show();
    return app.exec();
}
