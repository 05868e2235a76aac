// loquat-sim: serves the vLLM simulator (sim/lib) on a TCP port for people, the desktop app and
// out-of-process test runs. Prints "loquat-sim listening on http://HOST:PORT/v1" once ready.

#include "simfault.h"
#include "simmedia.h"
#include "simoptions.h"
#include "simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

// Quits the application cleanly on SIGINT/SIGTERM (the listening socket is closed on the way).
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("loquat-sim", text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loquat-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LOQUAT_VERSION_STRING));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A vLLM (and llama.cpp) server simulator that speaks the exact wire "
                                        "format and fails on request. See sim/README.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), tr("Address to listen on."), tr("address"),
                                  QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to listen on (0 picks a free one)."),
                                  tr("port"), QStringLiteral("8000"));
    const QCommandLineOption apiKey(
        QStringLiteral("api-key"),
        tr("Require this key as a Bearer token on /v1 (else $VLLM_API_KEY, as vLLM)."), tr("key"));
    const QCommandLineOption dialect(QStringLiteral("dialect"),
                                     tr("Server to imitate: vllm, vllm-transition, vllm-legacy or llamacpp."),
                                     tr("dialect"), QStringLiteral("vllm"));
    const QCommandLineOption task(QStringLiteral("task"),
                                  tr("What the served model does: generate (chat, sim-chat), embed (an "
                                     "embedding model, sim-embed) or score (a cross-encoder reranker, "
                                     "sim-reranker). vLLM serves only the routes of its model's task."),
                                  tr("task"), QStringLiteral("generate"));
    const QCommandLineOption delay(QStringLiteral("token-delay"), tr("Milliseconds between stream events."),
                                   tr("ms"), QStringLiteral("0"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        tr("A fault applied to every chat, embeddings, score or rerank request, e.g. "
           "drop-after:5 or http-status:500."),
        tr("spec"));
    const QCommandLineOption version(QStringLiteral("server-version"),
                                     tr("The version GET /version reports."), tr("version"));
    const QCommandLineOption engineDead(QStringLiteral("engine-dead"),
                                        tr("Act as a server whose engine died: /health 503, chat 500."));
    const QCommandLineOption randomUnseeded(
        QStringLiteral("random-unseeded"),
        tr("Draw every answer without a seed afresh, as vLLM does (by default the prompt and the "
           "parameters decide it, so runs repeat)."));
    const QCommandLineOption mmLimits(
        QStringLiteral("limit-mm-per-prompt"),
        tr("Media items per prompt, as vLLM takes it: '{\"image\":2,\"video\":1}' "
           "or image=2,video=1 (default 999 each, capped by the model)."),
        tr("limits"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), tr("Serve https with this PEM certificate."),
                                     tr("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), tr("The PEM private key of --tls-cert."),
                                    tr("file"));
    const QCommandLineOption redirectTo(QStringLiteral("redirect-to"),
                                        tr("Answer every request with a redirect to this base URL plus the "
                                           "request's path, e.g. http://127.0.0.1:18001."),
                                        tr("url"));
    const QCommandLineOption redirectStatus(QStringLiteral("redirect-status"),
                                            tr("The status of --redirect-to (301, 302, 303, 307, 308)."),
                                            tr("status"), QStringLiteral("307"));
    const QCommandLineOption maxNumSeqs(QStringLiteral("max-num-seqs"),
                                        tr("Requests generated at once; more wait in a queue (0: no limit)."),
                                        tr("n"), QStringLiteral("0"));
    const QCommandLineOption llamaMetrics(
        QStringLiteral("metrics"), tr("llamacpp dialect: serve /metrics (as llama-server --metrics)."));
    parser.addOptions({host, port, apiKey, dialect, task, delay, fault, version, engineDead, tlsCert, tlsKey,
                       redirectTo, redirectStatus, maxNumSeqs, llamaMetrics, mmLimits, randomUnseeded});
    parser.process(app);

    QTextStream err(stderr);
    const std::optional<SimTask> parsedTask = SimOptions::parseTask(parser.value(task));
    if (!parsedTask) {
        err << tr("Unknown --task: %1").arg(parser.value(task)) << Qt::endl;
        return 2;
    }
    SimOptions options = SimOptions::forTask(*parsedTask);
    // As vLLM: the flag wins, else the environment's VLLM_API_KEY (§2).
    options.apiKey = parser.isSet(apiKey) ? parser.value(apiKey) : qEnvironmentVariable("VLLM_API_KEY");
    options.version = parser.value(version);
    options.engineDead = parser.isSet(engineDead);
    options.randomUnseeded = parser.isSet(randomUnseeded);
    if (parser.isSet(mmLimits) && !SimMedia::parseLimits(parser.value(mmLimits), &options.mmLimits)) {
        err << tr("Invalid --limit-mm-per-prompt: %1").arg(parser.value(mmLimits)) << Qt::endl;
        return 2;
    }
    options.redirectTo = parser.value(redirectTo);
    options.llamaMetrics = parser.isSet(llamaMetrics);
    bool ok = false;
    options.redirectStatus = parser.value(redirectStatus).toInt(&ok);
    if (!ok || options.redirectStatus < 300 || options.redirectStatus > 399) {
        err << tr("Invalid --redirect-status: %1").arg(parser.value(redirectStatus)) << Qt::endl;
        return 2;
    }
    options.maxNumSeqs = parser.value(maxNumSeqs).toInt(&ok);
    if (!ok || options.maxNumSeqs < 0) {
        err << tr("Invalid --max-num-seqs: %1").arg(parser.value(maxNumSeqs)) << Qt::endl;
        return 2;
    }
    options.tokenDelayMs = parser.value(delay).toInt(&ok);
    if (!ok || options.tokenDelayMs < 0) {
        err << tr("Invalid --token-delay: %1").arg(parser.value(delay)) << Qt::endl;
        return 2;
    }
    const std::optional<SimDialect> parsedDialect = SimOptions::parseDialect(parser.value(dialect));
    if (!parsedDialect) {
        err << tr("Unknown --dialect: %1").arg(parser.value(dialect)) << Qt::endl;
        return 2;
    }
    options.dialect = *parsedDialect;
    const quint16 portNumber = parser.value(port).toUShort(&ok);
    if (!ok) {
        err << tr("Invalid --port: %1").arg(parser.value(port)) << Qt::endl;
        return 2;
    }
    const QHostAddress address(parser.value(host));
    if (address.isNull()) {
        err << tr("Invalid --host (an IP address is expected): %1").arg(parser.value(host)) << Qt::endl;
        return 2;
    }

    SimServer server(options);
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        err << tr("--tls-cert and --tls-key go together.") << Qt::endl;
        return 2;
    }
    if (parser.isSet(tlsCert)) {
        QFile certFile(parser.value(tlsCert));
        QFile keyFile(parser.value(tlsKey));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            err << tr("Cannot read the TLS certificate or key.") << Qt::endl;
            return 2;
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            err << tr("The TLS certificate or key is not a PEM RSA pair.") << Qt::endl;
            return 2;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        server.setTlsConfiguration(tls);
    }
    if (parser.isSet(fault)) {
        QString error;
        const SimFault parsed = SimFault::parse(parser.value(fault), &error);
        if (parsed.isNone()) {
            err << tr("Invalid --fault: %1").arg(error) << Qt::endl;
            return 2;
        }
        server.setFault(parsed);
    }
    if (!server.listen(address, portNumber)) {
        err << tr("Cannot listen on %1:%2: %3")
                   .arg(parser.value(host), parser.value(port), server.errorString())
            << Qt::endl;
        return 1;
    }
    installSignalHandlers(app);

    QUrl shown = server.baseUrl();
    if (address != QHostAddress::Any && address != QHostAddress::AnyIPv4 && address != QHostAddress::AnyIPv6)
        shown.setHost(address.toString());
    QTextStream out(stdout);
    out << tr("loquat-sim listening on %1").arg(shown.toString()) << Qt::endl; // endl flushes
    const int code = app.exec();
    server.close();
    return code;
}
