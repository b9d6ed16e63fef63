#include "MasterPasswordHash.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace odoodeploy {

namespace {

// passlib's "adapted base64": standard alphabet with '.' for '+', no padding.
QByteArray ab64Encode(const QByteArray &data)
{
    return data.toBase64(QByteArray::OmitTrailingEquals).replace('+', '.');
}

QByteArray ab64Decode(const QByteArray &text)
{
    QByteArray standard = text;
    standard.replace('.', '+');
    return QByteArray::fromBase64(standard);
}

const QRegularExpression &hashPattern()
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        QStringLiteral("\\$pbkdf2-sha512\\$([1-9][0-9]{0,8})\\$([./A-Za-z0-9]{4,})\\$([./A-Za-z0-9]{86})")));
    return re;
}

} // namespace

QString MasterPasswordHash::generatePassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString password;
    auto *random = QRandomGenerator::system(); // the OS's cryptographic source
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(int(random->bounded(quint32(alphabet.size()))));
    return password;
}

QString MasterPasswordHash::hash(const QString &password, int rounds)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          kSaltBytes / int(sizeof(quint32)));
    return hashWithSalt(password, salt, rounds);
}

QString MasterPasswordHash::hashWithSalt(const QString &password, const QByteArray &salt, int rounds)
{
    const QByteArray key = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha512, password.toUtf8(), salt, rounds, 64);
    return QStringLiteral("$pbkdf2-sha512$%1$%2$%3")
        .arg(rounds)
        .arg(QString::fromLatin1(ab64Encode(salt)), QString::fromLatin1(ab64Encode(key)));
}

bool MasterPasswordHash::isWellFormed(const QString &hash)
{
    return hashPattern().match(hash).hasMatch();
}

bool MasterPasswordHash::verify(const QString &password, const QString &hash)
{
    const auto m = hashPattern().match(hash);
    if (!m.hasMatch())
        return false;
    const QByteArray salt = ab64Decode(m.captured(2).toLatin1());
    return hashWithSalt(password, salt, m.captured(1).toInt()) == hash;
}

} // namespace odoodeploy
