#pragma once

#include "api/serverconfig.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// One named server the user works with: its address, how patient to be with it, what to send
// with every request, which self-signed certificate to trust, and optionally the command that
// starts it locally. The API key is not here: it lives in the OS keychain (ApiKeyVault), keyed by
// the profile's id.
struct ServerProfile {
    Q_DECLARE_TR_FUNCTIONS(ServerProfile)

public:
    QString id;   // stable for the profile's life (a UUID without braces); conversations name it
    QString name; // what the user calls it; unique among profiles
    QUrl baseUrl = QUrl(QStringLiteral("http://localhost:8000/v1"));
    QString defaultModel; // chosen when the server offers it; empty: the server's first
    int firstByteTimeoutMs = ServerConfig::kDefaultTimeoutMs;
    int idleTimeoutMs = ServerConfig::kDefaultTimeoutMs;
    HeaderList extraHeaders;             // sent with every request to this server (never across origins)
    QByteArray trustedCertificateSha256; // hex SHA-256 of the one self-signed certificate trusted
    QString serveCommand;                // e.g. "vllm serve Qwen/Qwen3-8B --port 8001"; empty: none

    bool operator==(const ServerProfile &other) const = default;

    // The connection settings with `apiKey`, ready for a VllmClient or a ChatStream.
    ServerConfig serverConfig(const QString &apiKey) const;
    // Empty when the profile can be saved; else one sentence saying what to fix.
    QString validate() const;

    // Headers a profile may not set: credentials belong in the API key field (which is sent only
    // to the profile's own origin), and framing headers belong to Qt.
    static bool isReservedHeader(const QByteArray &name);
    // "Name: value" lines to headers; `error` names the first line that is not a header.
    static HeaderList parseHeaders(const QString &text, QString *error = nullptr);
    static QString formatHeaders(const HeaderList &headers);
    // A command line that carries a key in plain text (--api-key), which must not be saved.
    static bool commandCarriesKey(const QString &command);
    // A new id.
    static QString newId();
};
