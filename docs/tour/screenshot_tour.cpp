// Walks the wizard through a whole deployment onto a sandbox server, as a user would,
// and saves a picture of every page for the documentation (scripts/screenshots.sh).
//
//   screenshot_tour --profile P --fingerprint SHA256:… --out DIR [--language en|zh_CN]
//
// The host key is accepted only when it is the sandbox's (the fingerprint given);
// secrets stay in memory. Exit status 0 when every picture was taken.

#include "DeployWizard.h"
#include "HealthPage.h"
#include "Prompts.h"
#include "RunPage.h"
#include "StartPage.h"
#include "i18n/Translations.h"

#include "MemorySecretStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextStream>
#include <QThread>
#include <functional>

using namespace odoodeploy;

namespace {

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Trusts the one host key we were told of; never gives a secret.
class SandboxPrompts : public Prompts
{
public:
    explicit SandboxPrompts(QString fingerprint) : m_fingerprint(std::move(fingerprint)) {}
    void askHostKey(QWidget *, const QString &, const QString &fingerprint, Consent answer) override
    {
        answer(fingerprint == m_fingerprint);
    }
    void askSecret(QWidget *, const QString &, const QString &, const QString &, SecretAnswer answer) override { answer({}, false); }
    void askUnsavedChanges(QWidget *, const QString &, UnsavedAnswer answer) override { answer(UnsavedChoice::Discard); }

private:
    QString m_fingerprint;
};

class Tour
{
public:
    Tour(DeployWizard &wizard, QDir out) : m_w(wizard), m_out(std::move(out)) {}

    bool failed() const { return m_failed; }

    // Lets the event loop run until `done` holds, at most `seconds`.
    bool waitFor(const std::function<bool()> &done, int seconds, const QString &what)
    {
        const QDeadlineTimer deadline(seconds * 1000);
        while (!done()) {
            if (deadline.hasExpired()) {
                err() << "screenshot_tour: gave up waiting for " << what << Qt::endl;
                m_failed = true;
                return false;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(20);
        }
        return true;
    }
    void settle() { waitFor([deadline = QDeadlineTimer(300)] { return deadline.hasExpired(); }, 5, QStringLiteral("layout")); }

    void shot(const char *name)
    {
        settle();
        const QString path = m_out.filePath(QLatin1String(name) + QStringLiteral(".png"));
        if (!m_w.grab().save(path)) {
            err() << "screenshot_tour: could not save " << path << Qt::endl;
            m_failed = true;
            return;
        }
        QTextStream(stdout) << path << " (" << m_w.currentPage()->title() << ")" << Qt::endl;
    }
    template <typename T>
    T *find(const char *name)
    {
        T *w = m_w.findChild<T *>(QString::fromLatin1(name));
        if (!w) {
            err() << "screenshot_tour: no widget " << name << Qt::endl;
            m_failed = true;
        }
        return w;
    }
    bool next()
    {
        if (!m_w.button(QWizard::NextButton)->isEnabled()) {
            err() << "screenshot_tour: cannot leave " << m_w.currentPage()->title() << Qt::endl;
            m_failed = true;
            return false;
        }
        m_w.next();
        return true;
    }
    // Runs one of the run page's buttons to its end.
    bool run(const char *button, int seconds)
    {
        auto *page = qobject_cast<RunPage *>(m_w.currentPage());
        auto *push = find<QPushButton>(button);
        if (!page || !push || !waitFor([push] { return push->isEnabled(); }, 30, QString::fromLatin1(button)))
            return false;
        bool finished = false, success = false;
        const auto connection = QObject::connect(page, &RunPage::runFinished, [&](bool ok) { finished = true; success = ok; });
        push->click();
        waitFor([&] { return finished; }, seconds, QString::fromLatin1(button));
        QObject::disconnect(connection);
        if (finished && !success) {
            err() << "screenshot_tour: " << button << " failed: " << find<QLabel>("runStatus")->text() << Qt::endl;
            m_failed = true;
        }
        return success;
    }

private:
    DeployWizard &m_w;
    QDir m_out;
    bool m_failed = false;
};

bool walk(DeployWizard &w, Tour &tour, const QString &profile)
{
    if (!qobject_cast<StartPage *>(w.page(DeployWizard::Start))->openProfile(profile))
        return false;
    tour.shot("01-welcome");

    if (!tour.next())
        return false;
    auto *probe = tour.find<QPushButton>("probeServer");
    if (!probe)
        return false;
    probe->click();
    tour.waitFor([&w] { return w.model()->facts().probed; }, 120, QStringLiteral("the server's facts"));
    tour.shot("02-server");

    for (const char *name : {"03-odoo", "04-workers", "05-certificate", "06-backups-and-staging", "07-preview"}) {
        if (!tour.next())
            return false;
        if (w.currentId() == DeployWizard::Workers)
            tour.find<QPushButton>("suggestWorkers")->click();
        tour.shot(name);
    }

    if (!tour.next() || !tour.run("startRun", 120) || !tour.run("dryRun", 300) || !tour.run("deploy", 900))
        return false;
    tour.shot("08-run");

    auto *health = qobject_cast<HealthPage *>(w.page(DeployWizard::Health));
    bool checked = false, tested = false;
    QObject::connect(health, &HealthPage::checkFinished, [&] { checked = true; });
    QObject::connect(health, &HealthPage::testFinished, [&] { tested = true; });
    if (!tour.next() || !tour.waitFor([&] { return checked; }, 120, QStringLiteral("the health check")))
        return false;
    tour.shot("09-health");
    tour.find<QPushButton>("testSite")->click();
    tour.waitFor([&] { return tested; }, 60, QStringLiteral("the Test button"));
    tour.shot("10-health-test");

    w.restart();
    tour.find<QPushButton>("maintainButton")->click();
    tour.shot("11-maintain");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("odoo-deploy"));
    QApplication::setOrganizationName(QStringLiteral("odoo-deploy"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), QStringLiteral("The sandbox's profile."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("fingerprint"), QStringLiteral("The sandbox's host key (SHA256:…)."), QStringLiteral("FP")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where the pictures go."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("language"), QStringLiteral("en or zh_CN."), QStringLiteral("CODE"), QStringLiteral("en")});
    parser.process(app);
    for (const char *required : {"profile", "fingerprint", "out"})
        if (!parser.isSet(QString::fromLatin1(required))) {
            err() << "screenshot_tour: --" << required << " is required" << Qt::endl;
            return 2;
        }
    const QDir out(parser.value(QStringLiteral("out")));
    if (!out.mkpath(QStringLiteral("."))) {
        err() << "screenshot_tour: cannot make " << out.path() << Qt::endl;
        return 2;
    }

    Translations::install(app, parser.value(QStringLiteral("language")));
    SandboxPrompts prompts(parser.value(QStringLiteral("fingerprint")));
    Prompts::setInstance(&prompts);
    test::MemorySecretStore secrets;
    DeployWizard w(nullptr, &secrets);
    w.show();
    Tour tour(w, out);
    const bool walked = walk(w, tour, parser.value(QStringLiteral("profile")));
    Prompts::setInstance(nullptr);
    return walked && !tour.failed() ? 0 : 1;
}
