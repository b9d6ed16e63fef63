// Tiny on purpose: the wizard when started without a command, else the command line.
#include "cli/Cli.h"
#include "i18n/Translations.h"
#include "DeployWizard.h"
#include "WizardHost.h"

#include <QApplication>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

namespace {

// --screenshot FILE: once the first page is on screen, save it as an image and quit (for
// the documentation's pictures and for checking an installed package starts).
void screenshotThenQuit(odoodeploy::DeployWizard *wizard, const QString &path)
{
    auto *poll = new QTimer(wizard);
    poll->setInterval(100);
    QObject::connect(poll, &QTimer::timeout, wizard, [wizard, path, poll, waited = 0]() mutable {
        const bool shown = wizard->windowHandle() && wizard->windowHandle()->isExposed();
        if (!shown && ++waited < 100)
            return;
        poll->stop();
        const bool saved = shown && wizard->grab().save(path);
        QTextStream(saved ? stdout : stderr)
            << (saved ? QStringLiteral("odoo-deploy: saved \"%1\" as %2\n").arg(wizard->currentPage()->title(), path)
                      : QStringLiteral("odoo-deploy: could not save a screenshot as %1\n").arg(path));
        QCoreApplication::exit(saved ? 0 : 3);
    });
    poll->start();
}

} // namespace

int main(int argc, char **argv)
{
    if (odoodeploy::cli::wantsCommandLine(argc, argv)) {
        QCoreApplication app(argc, argv); // no display needed
        QCoreApplication::setApplicationName(QStringLiteral("odoo-deploy"));
        odoodeploy::Translations::install(app);
        return odoodeploy::cli::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("odoo-deploy"));
    QApplication::setOrganizationName(QStringLiteral("odoo-deploy"));
    QApplication::setApplicationDisplayName(QStringLiteral("Odoo Deploy"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/odoo-deploy.svg")));
    odoodeploy::Translations::install(app, odoodeploy::Translations::chosen());
    odoodeploy::WizardHost host;
    const QStringList args = QApplication::arguments(); // Qt's own options (-platform …) taken out
    if (const qsizetype at = args.indexOf(QStringLiteral("--screenshot")); at > 0) {
        if (at + 1 >= args.size()) {
            QTextStream(stderr) << "odoo-deploy: --screenshot needs a file name\n";
            return 1;
        }
        screenshotThenQuit(host.wizard(), args.at(at + 1));
    }
    host.show();
    return app.exec();
}
