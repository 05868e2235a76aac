// ServerRequest: the key and the profile's headers reach only the profile's own origin, redirects
// are followed by hand (https never downgrades), and TLS trusts only the pinned certificate.
// Against simulators on loopback ports, over http and https.

#include "api/chatstream.h"
#include "api/serverrequest.h"
#include "api/tlstrust.h"
#include "api/vllmclient.h"
#include "simfixture.h"

#include <QFile>
#include <QNetworkRequest>
#include <QSslKey>
#include <QTest>

namespace {
constexpr int kWaitMs = 15000;
const QString kKey = QStringLiteral("sk-only-for-the-first-origin");

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("LOQUAT_TEST_SOURCE_DIR") + QStringLiteral("/data/tls/") + name;
}

QSslCertificate certificate(const QString &name)
{
    QFile file(dataFile(name + QStringLiteral(".crt")));
    if (!file.open(QIODevice::ReadOnly))
        return QSslCertificate();
    return QSslCertificate(&file, QSsl::Pem);
}

QSslConfiguration tlsFor(const QString &name)
{
    QFile keyFile(dataFile(name + QStringLiteral(".key")));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(certificate(name));
    if (keyFile.open(QIODevice::ReadOnly))
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
    return tls;
}

// Whether any request the simulator received carried this header (or any header with this value).
bool sawHeader(const SimServer &sim, QByteArrayView name)
{
    for (const SimRequestRecord &record : sim.requests()) {
        if (!record.header(name).isEmpty())
            return true;
    }
    return false;
}

bool sawValue(const SimServer &sim, const QByteArray &needle)
{
    for (const SimRequestRecord &record : sim.requests()) {
        for (const auto &[name, value] : record.headers) {
            if (value.contains(needle))
                return true;
        }
    }
    return false;
}

struct Models {
    ModelList models;
    ApiError error;
};

Models fetchModels(QNetworkAccessManager &network, const ServerConfig &config)
{
    VllmClient client(&network);
    client.setServer(config);
    std::optional<Models> result;
    client.fetchModels(nullptr, [&](const ModelList &m, const ApiError &e) { result = Models{m, e}; });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    return result.value_or(Models{{}, ApiError::make(ApiError::Kind::Network, QStringLiteral("no answer"))});
}

ServerConfig keyed(const QUrl &baseUrl)
{
    ServerConfig config;
    config.baseUrl = baseUrl;
    config.apiKey = kKey;
    config.extraHeaders = {{"X-Team", "secret-team-token"}};
    config.firstByteTimeoutMs = config.idleTimeoutMs = SimFixture::kTestTimeoutMs;
    config.maxRetries = 0;
    return config;
}

QUrl withHost(QUrl url, const QString &host)
{
    url.setHost(host);
    return url;
}
} // namespace

class TestServerRequest final : public QObject {
    Q_OBJECT

private slots:
    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << "http://h:8000/v1"
                              << "http://h:8000/other" << true;
        QTest::newRow("host case") << "http://H:8000/v1"
                                   << "http://h:8000/v1" << true;
        QTest::newRow("default port") << "https://h/v1"
                                      << "https://h:443/x" << true;
        QTest::newRow("other port") << "http://h:8000/v1"
                                    << "http://h:8001/v1" << false;
        QTest::newRow("other host") << "http://h:8000/v1"
                                    << "http://g:8000/v1" << false;
        QTest::newRow("localhost is not 127.0.0.1") << "http://localhost:8000"
                                                    << "http://127.0.0.1:8000" << false;
        QTest::newRow("other scheme") << "http://h:443/v1"
                                      << "https://h:443/v1" << false;
        QTest::newRow("subdomain") << "https://h.example/v1"
                                   << "https://evil.h.example/v1" << false;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ServerRequest::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void followRules()
    {
        ServerConfig server = keyed(QUrl(QStringLiteral("https://lab.example/v1")));
        ServerRequest request(server, server.endpoint(u"chat/completions"), "POST", "{}");
        request.setContentType("application/json");
        QVERIFY(request.sendsCredentials());
        QCOMPARE(request.networkRequest().rawHeader("Authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(request.networkRequest().rawHeader("X-Team"), QByteArray("secret-team-token"));
        QCOMPARE(request.networkRequest().attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));

        ApiError error;
        // A relative 307 on the same origin keeps the method, the body and the key.
        QVERIFY(request.follow(307, "/proxy/v1/chat/completions", error));
        QCOMPARE(request.url(), QUrl(QStringLiteral("https://lab.example/proxy/v1/chat/completions")));
        QCOMPARE(request.method(), QByteArray("POST"));
        QVERIFY(request.sendsCredentials());
        // Another host: followed, without the key or the headers...
        QVERIFY(request.follow(308, "https://mirror.example/v1/chat/completions", error));
        QVERIFY(!request.sendsCredentials());
        QVERIFY(request.networkRequest().rawHeader("Authorization").isEmpty());
        QVERIFY(request.networkRequest().rawHeader("X-Team").isEmpty());
        // ...and coming back does not bring them back.
        QVERIFY(request.follow(307, "https://lab.example/v1/chat/completions", error));
        QVERIFY(!request.sendsCredentials());
        // https → http is refused.
        QVERIFY(!request.follow(307, "http://lab.example/v1/chat/completions", error));
        QVERIFY2(error.userMessage().contains(QStringLiteral("http")), qPrintable(error.userMessage()));
        QVERIFY(!request.follow(302, "file:///etc/passwd", error));
        QVERIFY(!request.follow(302, "", error));
        QVERIFY(!request.follow(304, "/x", error));
    }

    void methodsAcrossRedirects()
    {
        const ServerConfig server = keyed(QUrl(QStringLiteral("http://h/v1")));
        for (const int status : {301, 302, 303}) {
            ServerRequest post(server, server.endpoint(u"chat/completions"), "POST", "{}");
            post.setContentType("application/json");
            ApiError error;
            QVERIFY(post.follow(status, "/elsewhere", error));
            QCOMPARE(post.method(), QByteArray("GET"));
            QVERIFY(post.networkRequest().header(QNetworkRequest::ContentTypeHeader).isNull());
        }
        for (const int status : {307, 308}) {
            ServerRequest post(server, server.endpoint(u"chat/completions"), "POST", "{}");
            ApiError error;
            QVERIFY(post.follow(status, "/elsewhere", error));
            QCOMPARE(post.method(), QByteArray("POST"));
        }
    }

    void aLoopEnds()
    {
        const ServerConfig server = keyed(QUrl(QStringLiteral("http://h/v1")));
        ServerRequest request(server, server.endpoint(u"models"));
        ApiError error;
        int hops = 0;
        while (request.follow(307, "/again", error))
            ++hops;
        QCOMPARE(hops, ServerRequest::kMaxRedirects);
        QVERIFY(error.userMessage().contains(QStringLiteral("redirect")));
    }

    // The test: the simulator on two loopback ports; the second never sees the key.
    void aCrossOriginRedirectNeverCarriesTheKey_data()
    {
        QTest::addColumn<int>("status");
        for (const int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d", status) << status;
    }

    void aCrossOriginRedirectNeverCarriesTheKey()
    {
        QFETCH(int, status);
        SimFixture second; // no key needed there, so a leaked one would be the only reason to send it
        SimOptions options;
        options.redirectTo = second.sim().rootUrl().toString();
        options.redirectStatus = status;
        SimFixture first(options);

        const Models models = fetchModels(first.network(), keyed(first.sim().baseUrl()));
        QVERIFY2(!models.error.isError(), qPrintable(models.error.userMessage()));
        QCOMPARE(models.models.first().id, QStringLiteral("sim-chat"));
        QCOMPARE(first.sim().requests().size(), 1);
        QCOMPARE(first.sim().requests().first().header("authorization"), "Bearer " + kKey.toUtf8());
        QCOMPARE(second.sim().requests().size(), 1);
        QVERIFY(!sawHeader(second.sim(), "authorization"));
        QVERIFY(!sawValue(second.sim(), kKey.toUtf8()));
        QVERIFY(!sawHeader(second.sim(), "x-team"));

        // The chat POST: 307/308 keep it a POST and it completes on the second server, keyless.
        ChatStream *stream =
            first.run(SimFixture::request(QStringLiteral("Hi")), keyed(first.sim().baseUrl()));
        if (status == 307 || status == 308) {
            QCOMPARE(stream->state(), ChatStream::State::Finished);
            QCOMPARE(second.sim().chatRequestCount(), 1);
            QCOMPARE(second.sim().lastChatBody().value(QLatin1String("model")).toString(),
                     QStringLiteral("sim-chat"));
        } else {
            // 301/302/303 turn it into a GET, which the route refuses (405): an error, not a leak.
            QCOMPARE(stream->state(), ChatStream::State::Failed);
            QCOMPARE(stream->error().httpStatus, 405);
        }
        QVERIFY(!sawHeader(second.sim(), "authorization"));
        QVERIFY(!sawValue(second.sim(), kKey.toUtf8()));
    }

    void anotherHostOnTheSamePortIsAnotherOrigin()
    {
        // localhost and 127.0.0.1 reach the same socket, but they are different origins.
        SimFixture server;
        SimOptions options;
        options.redirectTo = withHost(server.sim().rootUrl(), QStringLiteral("localhost")).toString();
        SimFixture first(options);
        const Models models = fetchModels(first.network(), keyed(first.sim().baseUrl()));
        QVERIFY2(!models.error.isError(), qPrintable(models.error.userMessage()));
        QVERIFY(!sawHeader(server.sim(), "authorization"));
    }

    void aSameOriginRedirectKeepsTheKey()
    {
        SimOptions options;
        options.apiKey = kKey;
        SimFixture fixture(options);
        fixture.sim().setNextFault(SimFault::make(SimFault::Kind::Redirect));
        ChatStream *stream =
            fixture.run(SimFixture::request(QStringLiteral("Hi")), keyed(fixture.sim().baseUrl()));
        QCOMPARE(stream->state(),
                 ChatStream::State::Finished); // the server demanded the key after the hop too
        QCOMPARE(fixture.sim().chatRequestCount(), 2);
        QCOMPARE(fixture.sim().lastChatHeader("authorization"), "Bearer " + kKey.toUtf8());
    }

    void aRedirectToAServerThatWantsTheKeyFailsClearly()
    {
        // The key stays home even when the other server asks for it: the user sees a 401.
        SimOptions secured;
        secured.apiKey = kKey;
        SimFixture second(secured);
        SimOptions options;
        options.redirectTo = second.sim().rootUrl().toString();
        SimFixture first(options);
        const Models models = fetchModels(first.network(), keyed(first.sim().baseUrl()));
        QCOMPARE(models.error.httpStatus, 401);
        QVERIFY(!sawHeader(second.sim(), "authorization"));
    }

    void untrustedCertificatesFailWithTheirDetails()
    {
        SimServer sim;
        sim.setTlsConfiguration(tlsFor(QStringLiteral("server")));
        QVERIFY(sim.listen());
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));
        QNetworkAccessManager network;
        const Models models = fetchModels(network, keyed(sim.baseUrl()));
        QCOMPARE(models.error.kind, ApiError::Kind::Tls);
        QVERIFY(!models.error.certificate.isNull());
        QCOMPARE(TlsTrust::fingerprint(models.error.certificate),
                 TlsTrust::fingerprint(certificate(QStringLiteral("server"))));
        QVERIFY(!models.error.tlsErrors.isEmpty());
        QVERIFY2(models.error.userMessage().contains(QStringLiteral("not trusted")),
                 qPrintable(models.error.userMessage()));
        const QString details = TlsTrust::describeCertificate(models.error.certificate);
        QVERIFY2(details.contains(QStringLiteral("127.0.0.1")), qPrintable(details));
        QVERIFY(
            details.contains(TlsTrust::formatFingerprint(TlsTrust::fingerprint(models.error.certificate))));
        // The handshake failed: no request (and no key) reached the server.
        QCOMPARE(sim.requestCount(), 0);
    }

    void thePinnedCertificateIsTrustedAndOnlyIt()
    {
        SimServer sim;
        sim.setTlsConfiguration(tlsFor(QStringLiteral("server")));
        QVERIFY(sim.listen());
        QNetworkAccessManager network;
        ServerConfig config = keyed(sim.baseUrl());
        config.trustedCertificateSha256 = TlsTrust::fingerprint(certificate(QStringLiteral("server")));
        const Models models = fetchModels(network, config);
        QVERIFY2(!models.error.isError(), qPrintable(models.error.userMessage()));
        QCOMPARE(sim.requests().first().header("authorization"), "Bearer " + kKey.toUtf8());
        SimFixture streamFixture;
        ChatStream *stream = streamFixture.run(SimFixture::request(QStringLiteral("Hi")), config);
        QCOMPARE(stream->state(), ChatStream::State::Finished);

        // Pinned to another certificate: refused, and said so.
        config.trustedCertificateSha256 = TlsTrust::fingerprint(certificate(QStringLiteral("other")));
        QNetworkAccessManager fresh; // no TLS session to resume
        const Models mismatch = fetchModels(fresh, config);
        QCOMPARE(mismatch.error.kind, ApiError::Kind::Tls);
        QVERIFY(mismatch.error.certificatePinMismatch);
        QVERIFY2(mismatch.error.userMessage().contains(QStringLiteral("different certificate")),
                 qPrintable(mismatch.error.userMessage()));
    }

    void thePinDoesNotTravelWithARedirect()
    {
        // Both servers use self-signed certificates; the profile trusts the first one only.
        SimServer second;
        second.setTlsConfiguration(tlsFor(QStringLiteral("other")));
        QVERIFY(second.listen());
        SimOptions options;
        options.redirectTo = second.rootUrl().toString();
        SimServer first(options);
        first.setTlsConfiguration(tlsFor(QStringLiteral("server")));
        QVERIFY(first.listen());
        QNetworkAccessManager network;
        ServerConfig config = keyed(first.baseUrl());
        config.trustedCertificateSha256 = TlsTrust::fingerprint(certificate(QStringLiteral("server")));
        const Models models = fetchModels(network, config);
        QCOMPARE(models.error.kind, ApiError::Kind::Tls);
        QCOMPARE(second.requestCount(), 0);
    }

    void httpsNeverRedirectsToHttp()
    {
        SimFixture plain;
        SimOptions options;
        options.redirectTo = plain.sim().rootUrl().toString();
        SimServer secure(options);
        secure.setTlsConfiguration(tlsFor(QStringLiteral("server")));
        QVERIFY(secure.listen());
        QNetworkAccessManager network;
        ServerConfig config = keyed(secure.baseUrl());
        config.trustedCertificateSha256 = TlsTrust::fingerprint(certificate(QStringLiteral("server")));
        const Models models = fetchModels(network, config);
        QVERIFY(models.error.isError());
        QVERIFY2(models.error.userMessage().contains(QStringLiteral("insecure http")),
                 qPrintable(models.error.userMessage()));
        QCOMPARE(plain.sim().requestCount(), 0);
        ChatStream *stream = plain.run(SimFixture::request(QStringLiteral("Hi")), config);
        QCOMPARE(stream->state(), ChatStream::State::Failed);
        QCOMPARE(plain.sim().requestCount(), 0);
    }

    void pinCoversOnlySelfSignedProblems()
    {
        const QSslCertificate cert = certificate(QStringLiteral("server"));
        const QByteArray pin = TlsTrust::fingerprint(cert);
        QVERIFY(!cert.isNull());
        const QList<QSslError> selfSigned{QSslError(QSslError::SelfSignedCertificate, cert),
                                          QSslError(QSslError::HostNameMismatch, cert)};
        QVERIFY(TlsTrust::pinCovers(selfSigned, cert, pin));
        QVERIFY(TlsTrust::pinCovers(selfSigned, cert, pin.toUpper()));
        QVERIFY(!TlsTrust::pinCovers(selfSigned, cert, {}));
        QVERIFY(!TlsTrust::pinCovers(selfSigned, cert,
                                     TlsTrust::fingerprint(certificate(QStringLiteral("other")))));
        QVERIFY(!TlsTrust::pinCovers({QSslError(QSslError::CertificateExpired, cert)}, cert, pin));
        QVERIFY(!TlsTrust::pinCovers({QSslError(QSslError::CertificateRevoked, cert)}, cert, pin));
        QVERIFY(!TlsTrust::pinCovers(
            {QSslError(QSslError::SelfSignedCertificate, certificate(QStringLiteral("other")))}, cert, pin));
        QCOMPARE(TlsTrust::formatFingerprint("0aff"), QStringLiteral("0A:FF"));
    }
};

QTEST_GUILESS_MAIN(TestServerRequest)
#include "tst_serverrequest.moc"
