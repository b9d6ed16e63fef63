#pragma once
// The OS keychain through QtKeychain (Secret Service on Linux). Each job gets its own
// timeout; a job that outlives it is kept alive until QtKeychain finishes it (jobs
// deleted while running are a known source of crashes on quit).

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace odoodeploy {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr, int timeoutMs = 10000);
    ~KeychainSecretStore() override;

    void read(const QString &key, Callback done) override;
    void write(const QString &key, const QString &value, Callback done) override;
    void remove(const QString &key, Callback done) override;

    static const QString kService;

private:
    void startJob(QKeychain::Job *job, Callback done, bool isRead);
    int m_timeoutMs;
};

} // namespace odoodeploy
