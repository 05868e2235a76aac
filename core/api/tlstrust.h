#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

class ApiError;
class QNetworkReply;

// TLS for Loquat's requests: the system's trust store decides, except that a profile may trust
// one certificate the user accepted explicitly (a self-signed one, pinned by its SHA-256). Only
// the errors that a self-signed certificate causes are forgiven, and only for exactly that
// certificate; an expired, revoked or different certificate still fails. There is no "ignore all
// errors". When a handshake fails, the certificate and the errors are kept so that the failure
// can show them and offer to trust it.
namespace TlsTrust {

// Hex SHA-256 of the certificate's DER bytes (lower case, no separators).
QByteArray fingerprint(const QSslCertificate &certificate);
// "AB:CD:..." for people.
QString formatFingerprint(const QByteArray &hexFingerprint);
// Whether the pin forgives exactly these errors for this certificate.
bool pinCovers(const QList<QSslError> &errors, const QSslCertificate &peer, const QByteArray &pinnedSha256);
// Watches the reply's handshake: ignores the errors the pin covers, records the rest.
void watch(QNetworkReply *reply, const QByteArray &pinnedSha256);
// For a reply that failed: copies the certificate and errors the handshake reported into `error`
// (when it is a TLS error).
void describe(ApiError &error, const QNetworkReply *reply);
// Several lines about a certificate: subject, issuer, validity, SHA-256.
QString describeCertificate(const QSslCertificate &certificate);

} // namespace TlsTrust
