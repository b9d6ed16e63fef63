#pragma once
// A keychain in memory, for tests of what uses one.

#include "secrets/SecretStore.h"

#include <QHash>
#include <QTimer>

namespace odoodeploy::test {

class MemorySecretStore : public SecretStore
{
public:
    QHash<QString, QString> values;
    bool available = true;

    void read(const QString &key, Callback done) override
    {
        SecretResult r;
        if (!available) {
            r.status = SecretResult::Status::NoKeychain;
            r.message = QStringLiteral("No keychain is available (test); passwords will be asked each time.");
        } else if (values.contains(key)) {
            r.status = SecretResult::Status::Ok;
            r.value = values.value(key);
        } else {
            r.status = SecretResult::Status::NotFound;
        }
        QTimer::singleShot(0, this, [done, r] { done(r); }); // asynchronous, like the real one
    }
    void write(const QString &key, const QString &value, Callback done) override
    {
        SecretResult r;
        r.status = available ? SecretResult::Status::Ok : SecretResult::Status::NoKeychain;
        if (available)
            values.insert(key, value);
        QTimer::singleShot(0, this, [done, r] { done(r); });
    }
    void remove(const QString &key, Callback done) override
    {
        values.remove(key);
        SecretResult r;
        r.status = SecretResult::Status::Ok;
        QTimer::singleShot(0, this, [done, r] { done(r); });
    }
};

} // namespace odoodeploy::test
