#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// Where a server lives and how patient to be with it.
struct ServerConfig {
    static constexpr int kDefaultTimeoutMs = 180'000;

    QUrl baseUrl = QUrl(QStringLiteral("http://localhost:8000/v1")); // the OpenAI base, ending in /v1
    QString apiKey; // held in memory only; persisted through the keychain, never in settings
    int firstByteTimeoutMs = kDefaultTimeoutMs; // connect until the first body byte (prefill can be slow)
    int idleTimeoutMs = kDefaultTimeoutMs;      // between two chunks of a stream
    int maxRetries = 3;                         // only while nothing has been received
    int retryBaseDelayMs = 500;                 // doubled each attempt, with jitter
    QString profileId;                          // the profile this came from; empty for an ad-hoc address
    QString profileName;
    HeaderList extraHeaders;             // the profile's own headers; like the key, sent only to its origin
    QByteArray trustedCertificateSha256; // hex SHA-256 of a self-signed certificate the user trusted

    bool operator==(const ServerConfig &other) const = default;

    // The URL of an OpenAI route below the base, e.g. endpoint(u"chat/completions").
    QUrl endpoint(QStringView route) const;
    // The server's root (the base without its trailing /v1), for /health, /version, /tokenize.
    QUrl serverRoot() const;
    // Both time-outs from LOQUAT_TIMEOUT (seconds) when it is set to a positive number.
    void applyEnvironment();
    // Parses what a user typed ("localhost:8000", "http://host:8000", "http://host/v1/") into a
    // base URL ending in /v1; an empty QUrl when it cannot be a server address.
    static QUrl normalizeBaseUrl(const QString &text);
};
