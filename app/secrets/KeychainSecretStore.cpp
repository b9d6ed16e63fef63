#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace odoodeploy {

const QString KeychainSecretStore::kService = QStringLiteral("odoo-deploy");

KeychainSecretStore::KeychainSecretStore(QObject *parent, int timeoutMs)
    : SecretStore(parent), m_timeoutMs(timeoutMs)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    startJob(job, std::move(done), true);
}

void KeychainSecretStore::write(const QString &key, const QString &value, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(value);
    startJob(job, std::move(done), false);
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    startJob(job, std::move(done), false);
}

void KeychainSecretStore::startJob(QKeychain::Job *job, Callback done, bool isRead)
{
    // Never a plain-text fallback: without a keychain the app asks every time.
    job->setInsecureFallback(false);
    // Deleted by us when it finishes, not by QtKeychain, and never while it runs.
    job->setAutoDelete(false);
    auto answered = std::make_shared<bool>(false);
    auto answer = [done, answered](const SecretResult &r) {
        if (*answered)
            return;
        *answered = true;
        done(r);
    };
    QPointer<KeychainSecretStore> self(this);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, answer] {
        SecretResult r;
        r.status = SecretResult::Status::NoKeychain;
        r.message = tr("The keychain did not answer within %1 s; passwords will be asked each time.")
                        .arg(m_timeoutMs / 1000);
        answer(r);
    });
    connect(job, &QKeychain::Job::finished, job, [job, answer, isRead](QKeychain::Job *) {
        SecretResult r;
        switch (job->error()) {
        case QKeychain::NoError:
            r.status = SecretResult::Status::Ok;
            if (isRead)
                r.value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            break;
        case QKeychain::EntryNotFound:
            r.status = SecretResult::Status::NotFound;
            break;
        case QKeychain::NoBackendAvailable:
        case QKeychain::NotImplemented:
        case QKeychain::OtherError:
            // Debian's QtKeychain reports a missing Secret Service as OtherError
            // ("Cannot autolaunch D-Bus without X11 $DISPLAY", no org.freedesktop.secrets).
            r.status = SecretResult::Status::NoKeychain;
            r.message = KeychainSecretStore::tr("No keychain is available (%1); passwords will be asked each time.")
                            .arg(job->errorString());
            break;
        default:
            r.status = SecretResult::Status::Failed;
            r.message = KeychainSecretStore::tr("The keychain refused: %1.").arg(job->errorString());
            break;
        }
        answer(r);
        job->deleteLater();
    });
    timer->start(m_timeoutMs);
    job->start();
}

} // namespace odoodeploy
