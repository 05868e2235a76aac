#include "tlstrust.h"

#include "apierror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QNetworkReply>

namespace {

// What watch() learnt from the handshake, kept on the reply as dynamic properties.
const char *const kCertificate = "loquatTlsCertificate";
const char *const kErrors = "loquatTlsErrors";
const char *const kPinMismatch = "loquatTlsPinMismatch";

bool forgivable(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false; // expired, not yet valid, revoked, bad signature...: never
    }
}

QString names(const QStringList &parts)
{
    return parts.isEmpty() ? QCoreApplication::translate("TlsTrust", "(none)")
                           : parts.join(QStringLiteral(", "));
}

} // namespace

QByteArray TlsTrust::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

QString TlsTrust::formatFingerprint(const QByteArray &hexFingerprint)
{
    QStringList pairs;
    const QString upper = QString::fromLatin1(hexFingerprint).toUpper();
    for (qsizetype i = 0; i + 1 < upper.size(); i += 2)
        pairs << upper.mid(i, 2);
    return pairs.join(QLatin1Char(':'));
}

bool TlsTrust::pinCovers(const QList<QSslError> &errors, const QSslCertificate &peer,
                         const QByteArray &pinnedSha256)
{
    if (pinnedSha256.isEmpty() || peer.isNull() || errors.isEmpty())
        return false;
    if (fingerprint(peer) != pinnedSha256.toLower())
        return false;
    for (const QSslError &error : errors) {
        if (!forgivable(error.error()))
            return false;
        if (!error.certificate().isNull() && error.certificate() != peer)
            return false; // an error about another certificate of the chain
    }
    return true;
}

void TlsTrust::watch(QNetworkReply *reply, const QByteArray &pinnedSha256)
{
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply, pinnedSha256](const QList<QSslError> &errors) {
                         QSslCertificate peer = reply->sslConfiguration().peerCertificate();
                         if (peer.isNull() && !errors.isEmpty())
                             peer = errors.first().certificate();
                         reply->setProperty(kCertificate, QVariant::fromValue(peer));
                         reply->setProperty(kErrors, QVariant::fromValue(errors));
                         if (pinCovers(errors, peer, pinnedSha256)) {
                             reply->ignoreSslErrors(errors); // exactly these, for this certificate
                             return;
                         }
                         reply->setProperty(kPinMismatch, !pinnedSha256.isEmpty() &&
                                                              fingerprint(peer) != pinnedSha256.toLower());
                     });
}

void TlsTrust::describe(ApiError &error, const QNetworkReply *reply)
{
    if (error.kind != ApiError::Kind::Tls || !reply)
        return;
    const QSslCertificate certificate = reply->property(kCertificate).value<QSslCertificate>();
    if (certificate.isNull())
        return;
    error.certificate = certificate;
    error.tlsErrors.clear();
    for (const QSslError &e : reply->property(kErrors).value<QList<QSslError>>())
        error.tlsErrors << e.errorString();
    error.certificatePinMismatch = reply->property(kPinMismatch).toBool();
}

QString TlsTrust::describeCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QLocale locale;
    const QString subject = names(certificate.subjectInfo(QSslCertificate::CommonName) +
                                  certificate.subjectInfo(QSslCertificate::Organization));
    const QString issuer = names(certificate.issuerInfo(QSslCertificate::CommonName) +
                                 certificate.issuerInfo(QSslCertificate::Organization));
    QStringList alternatives;
    const auto san = certificate.subjectAlternativeNames();
    for (auto it = san.cbegin(); it != san.cend(); ++it)
        alternatives << it.value();
    return QCoreApplication::translate(
               "TlsTrust", "Issued to: %1\nIssued by: %2\nNames: %3\nValid from %4 to %5\nSHA-256: %6")
        .arg(subject, issuer, names(alternatives),
             locale.toString(certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
             locale.toString(certificate.expiryDate().toLocalTime(), QLocale::ShortFormat),
             formatFingerprint(fingerprint(certificate)));
}
