#pragma once
// Where secrets live: the OS keychain, behind this small asynchronous interface so
// that tests use a fake and the UI never waits on a nested event loop. Secrets are
// stored only when the user asks to remember them, never in a profile or a log.

#include <QObject>
#include <QString>

#include <functional>

namespace odoodeploy {

// DatabasePassword: the Odoo role's on the database server of several, made by the
// first deployment, kept for the whole deployment (its keychainId, not a server's).
enum class SecretKind { SshPassword, KeyPassphrase, SudoPassword, MasterPassword, DatabasePassword };

struct SecretResult {
    enum class Status { Ok, NotFound, NoKeychain, Failed };
    Status status = Status::Failed;
    QString value;   // with Ok on read
    QString message; // translated, for NoKeychain and Failed
    bool ok() const { return status == Status::Ok; }
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult &)>;
    using QObject::QObject;

    // "odoo-deploy/<keychainId>/ssh-password" and so on.
    static QString keyFor(const QString &keychainId, SecretKind kind);

    // The callback runs on the caller's thread, exactly once, even on timeout.
    virtual void read(const QString &key, Callback done) = 0;
    virtual void write(const QString &key, const QString &value, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

} // namespace odoodeploy
