#pragma once
// Odoo's master password (admin_passwd) as Odoo stores it: passlib's pbkdf2_sha512
// format "$pbkdf2-sha512$<rounds>$<salt>$<checksum>" in passlib's "ab64" base64.

#include <QByteArray>
#include <QString>

namespace odoodeploy {

class MasterPasswordHash
{
public:
    static constexpr int kRounds = 600000; // what Odoo 16+ uses for new hashes
    static constexpr int kSaltBytes = 16;

    // A new strong password: 24 characters from an unambiguous alphabet (~140 bits).
    static QString generatePassword();

    // Hash with a fresh random salt. Takes about a second: call it off the UI thread.
    static QString hash(const QString &password, int rounds = kRounds);
    static QString hashWithSalt(const QString &password, const QByteArray &salt, int rounds);

    static bool verify(const QString &password, const QString &hash);
    static bool isWellFormed(const QString &hash);
};

} // namespace odoodeploy
