#include "simserver.h"

#include "simanswer.h"
#include "simchatplanner.h"
#include "simconnection.h"
#include "simdirectives.h"
#include "simembeddings.h"
#include "simhttp.h"
#include "simscoring.h"
#include "simstreamer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

bool isJsonContentType(const QByteArray &value)
{
    // Parameters after ';' are allowed ("application/json; charset=utf-8").
    return value.split(';').value(0).trimmed().toLower() == "application/json";
}

} // namespace

SimServer::SimServer(QObject *parent)
    : SimServer(SimOptions{}, parent)
{}

SimServer::SimServer(const SimOptions &options, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_options(options)
{
    // Not newConnection: a QSslServer only offers a connection once its handshake is done.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &SimServer::onNewConnection);
}

SimServer::~SimServer() = default;

QByteArray SimRequestRecord::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void SimServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    if (m_server->isListening())
        return;
    m_tls = configuration;
    delete m_server;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    m_server = server;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &SimServer::onNewConnection);
}

bool SimServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void SimServer::close()
{
    m_server->close();
    const QList<SimConnection *> connections = findChildren<SimConnection *>(Qt::FindDirectChildrenOnly);
    for (SimConnection *connection : connections)
        connection->abort();
}

bool SimServer::isListening() const
{
    return m_server->isListening();
}

quint16 SimServer::port() const
{
    return m_server->serverPort();
}

QString SimServer::errorString() const
{
    return m_server->errorString();
}

QUrl SimServer::rootUrl() const
{
    QHostAddress host = m_server->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6 ||
        host.isNull())
        host = QHostAddress::LocalHost;
    QUrl url;
    url.setScheme(isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    return url;
}

QUrl SimServer::baseUrl() const
{
    QUrl url = rootUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

void SimServer::setOptions(const SimOptions &options)
{
    m_options = options;
}

void SimServer::setNextFault(const SimFault &fault)
{
    if (fault.kind == SimFault::Kind::FailTimes)
        m_failRemaining = int(fault.count);
    else
        m_nextFault = fault;
}

void SimServer::setFault(const SimFault &fault)
{
    if (fault.kind == SimFault::Kind::FailTimes)
        m_failRemaining = int(fault.count);
    else
        m_fault = fault;
}

void SimServer::clearFaults()
{
    m_nextFault.reset();
    m_fault = {};
    m_failRemaining = 0;
    m_directiveAttempts.clear();
}

QByteArray SimServer::lastChatHeader(QByteArrayView name) const
{
    for (const auto &[key, value] : m_lastChatHeaders) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void SimServer::resetCounters()
{
    m_requestCount = m_chatRequestCount = m_disconnectCount = m_completedCount = m_connectionCount = 0;
    m_poolingRequestCount = 0;
    m_lastPoolingBody = {};
    m_lastPoolingPath.clear();
    m_lastDisconnectDeltas = -1;
    m_lastChatBody = {};
    m_lastChatRawBody.clear();
    m_lastChatHeaders.clear();
    m_requests.clear();
}

void SimServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connectionCount;
        auto *connection = new SimConnection(socket, m_options.keepAliveMs, this);
        connect(connection, &SimConnection::requestReceived, this,
                [this, connection](const HttpRequest &request) { onRequest(connection, request); });
        connect(connection, &SimConnection::closed, connection, &QObject::deleteLater);
    }
}

bool SimServer::authorized(const HttpRequest &request, const QByteArray &path) const
{
    if (m_options.apiKey.isEmpty())
        return true;
    const QByteArray header = request.header("authorization");
    if (m_options.dialect == SimDialect::LlamaCpp) {
        if (path == "/health" || path == "/v1/health" || path == "/models" || path == "/v1/models")
            return true;
        return header == "Bearer " + m_options.apiKey.toUtf8();
    }
    if (request.method == "OPTIONS")
        return true;
    bool guarded = path.startsWith("/v1");
    if (m_options.dialect == SimDialect::VllmCurrent)
        guarded = guarded || path.startsWith("/v2") || path.startsWith("/inference");
    if (!guarded)
        return true;
    // Scheme compared case-insensitively; the token is everything after the first space.
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).toLower() != "bearer")
        return false;
    return header.mid(space + 1) == m_options.apiKey.toUtf8();
}

void SimServer::onRequest(SimConnection *connection, const HttpRequest &request)
{
    ++m_requestCount;
    m_requests.append({request.method, request.path, request.headers});
    if (m_requests.size() > kMaxRecords)
        m_requests.removeFirst();
    if (!m_options.redirectTo.isEmpty()) {
        connection->send(SimRoutes::redirect(m_options, m_options.redirectTo.toUtf8() + request.target,
                                             m_options.redirectStatus));
        return;
    }
    QByteArray path = request.path;
    // Redirect faults: /loop/N/... redirects on forever; /redirected/... is served normally.
    if (path.startsWith("/loop/")) {
        const qsizetype slash = path.indexOf('/', 6);
        const int n = path.mid(6, slash - 6).toInt();
        const QByteArray rest = slash < 0 ? QByteArray() : path.mid(slash);
        connection->send(SimRoutes::redirect(m_options, "/loop/" + QByteArray::number(n + 1) + rest));
        return;
    }
    if (path.startsWith("/redirected/"))
        path = path.mid(int(qstrlen("/redirected")));
    if (!authorized(request, path)) {
        connection->send(SimHttp::unauthorized(m_options.dialect));
        return;
    }
    route(connection, request, path);
}

void SimServer::route(SimConnection *connection, const HttpRequest &request, const QByteArray &path)
{
    const SimDialect dialect = m_options.dialect;
    const bool llama = dialect == SimDialect::LlamaCpp;
    const QByteArray &method = request.method;
    if (method == "OPTIONS" && !llama) {
        connection->send(SimRoutes::corsPreflight(m_options));
        return;
    }
    struct Route {
        QByteArray path;
        QByteArray methods;
    };
    QList<Route> routes{
        {"/v1/models", "GET"}, {"/health", "GET"}, {"/tokenize", "POST"}, {"/metrics", "GET"}};
    const SimTask task = m_options.task;
    // vLLM registers the model routes by the model's task; ≤ v0.10 registered all of them and
    // answered the unsupported ones with an error body (SimEmbeddings::unsupported).
    const bool legacy = dialect == SimDialect::VllmLegacy;
    if (task == SimTask::Generate || legacy || llama)
        routes += Route{"/v1/chat/completions", "POST"};
    if (task == SimTask::Embed || legacy || llama)
        routes += Route{"/v1/embeddings", "POST"};
    if ((task != SimTask::Generate || legacy) && !llama) {
        for (const char *scoring : {"/score", "/v1/score", "/rerank", "/v1/rerank", "/v2/rerank"})
            routes += Route{scoring, "POST"};
    }
    if (llama)
        routes += QList<Route>{{"/models", "GET"}, {"/chat/completions", "POST"}, {"/v1/health", "GET"}};
    else
        routes += QList<Route>{{"/version", "GET"}, {"/load", "GET"}, {"/ping", "GET, POST"}};
    const Route *found = nullptr;
    for (const Route &r : routes) {
        if (r.path == path && !m_options.unregisteredRoutes.contains(path))
            found = &r;
    }
    if (!found) {
        connection->send(SimHttp::routeNotFound(dialect));
        return;
    }
    bool methodOk = false;
    for (const QByteArray &allowed : found->methods.split(','))
        methodOk = methodOk || allowed.trimmed() == method;
    if (!methodOk) {
        connection->send(SimHttp::methodNotAllowed(dialect, found->methods));
        return;
    }
    if (path.endsWith("/chat/completions")) {
        const bool canChat = task == SimTask::Generate || (llama && task != SimTask::Embed);
        if (!canChat) {
            connection->send(SimEmbeddings::unsupported(m_options, QStringLiteral("Chat Completions")));
            return;
        }
        handleChat(connection, request, path);
    } else if (path == "/v1/embeddings" || path.endsWith("/score") || path.endsWith("/rerank")) {
        handlePooling(connection, request, path);
    } else if (path.endsWith("/models")) {
        connection->send(SimRoutes::models(m_options));
    } else if (path.endsWith("/health") || path == "/ping") {
        connection->send(SimRoutes::health(m_options));
    } else if (path == "/version") {
        connection->send(SimRoutes::version(m_options));
    } else if (path == "/load") {
        connection->send(SimRoutes::load(m_options, m_stats.running));
    } else if (path == "/metrics") {
        connection->send(SimRoutes::metrics(m_options, m_stats));
    } else if (path == "/tokenize") {
        if (!llama && !isJsonContentType(request.header("content-type"))) {
            connection->send(SimRoutes::unsupportedMediaType(m_options));
            return;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            connection->send(SimRoutes::invalidJson(m_options));
        else
            connection->send(SimRoutes::tokenize(m_options, document.object()));
    }
}

SimFault SimServer::takeFault(const SimFault &directive, const QByteArray &body)
{
    if (m_failRemaining > 0) {
        --m_failRemaining;
        return SimFault::httpStatus(503);
    }
    if (m_nextFault) {
        const SimFault fault = *m_nextFault;
        m_nextFault.reset();
        return fault;
    }
    if (!m_fault.isNone())
        return m_fault;
    if (directive.kind == SimFault::Kind::FailTimes) {
        // A retry carries the same message, so the attempts are counted per request body.
        const int attempt = ++m_directiveAttempts[SimAnswer::hash(body)];
        return attempt <= directive.count ? SimFault::httpStatus(503) : SimFault{};
    }
    return directive;
}

void SimServer::handleChat(SimConnection *connection, const HttpRequest &request, const QByteArray &path)
{
    ++m_chatRequestCount;
    m_lastChatRawBody = request.body;
    m_lastChatHeaders = request.headers;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    m_lastChatBody = document.object();
    emit chatRequestReceived();

    const SimDialect dialect = m_options.dialect;
    if (dialect != SimDialect::LlamaCpp && !isJsonContentType(request.header("content-type"))) {
        connection->send(SimRoutes::unsupportedMediaType(m_options));
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        connection->send(SimRoutes::invalidJson(m_options));
        return;
    }
    const QJsonObject body = document.object();
    const SimDirectives directives = SimDirectives::parse(SimChatPlanner::lastUserText(body));
    const SimFault fault = takeFault(directives.fault, request.body);
    switch (fault.kind) {
    case SimFault::Kind::Refuse:
    case SimFault::Kind::ResetBeforeHeaders:
        connection->abort();
        return;
    case SimFault::Kind::HttpStatus:
        connection->send(SimRoutes::statusFault(m_options, int(fault.count), body));
        return;
    case SimFault::Kind::Redirect:
        if (!request.path.startsWith("/redirected/")) {
            const QByteArray location = fault.count > 0
                                            ? "http://127.0.0.1:" + QByteArray::number(fault.count) + path
                                            : "/redirected" + path;
            connection->send(SimRoutes::redirect(m_options, location));
            return;
        }
        break;
    case SimFault::Kind::RedirectLoop:
        connection->send(SimRoutes::redirect(m_options, "/loop/1" + path));
        return;
    default:
        break;
    }
    if (m_options.engineDead) {
        connection->send(SimRoutes::statusFault(m_options, 500, body));
        return;
    }
    const SimChatPlanner::Result planned = SimChatPlanner::plan(body, request, m_options, directives);
    if (planned.error) {
        connection->send(*planned.error);
        return;
    }
    const int delayMs = directives.delayMs >= 0 ? directives.delayMs : m_options.tokenDelayMs;
    startResponse(connection, planned.plan, fault, delayMs);
}

void SimServer::startResponse(SimConnection *connection, const SimChatPlan &plan, const SimFault &fault,
                              int delayMs)
{
    if (m_options.maxNumSeqs > 0 && m_stats.running >= m_options.maxNumSeqs) {
        // Like vLLM's scheduler: the request waits, headers and all, until a slot frees up.
        m_waiting.enqueue({connection, plan, fault, delayMs});
        ++m_stats.waiting;
        connect(connection, &SimConnection::closed, this, [this] {
            QTimer::singleShot(0, this, [this] {
                // A client that gave up while waiting leaves the queue.
                m_waiting.removeIf([](const Waiting &w) { return !w.connection || !w.connection->isOpen(); });
                m_stats.waiting = int(m_waiting.size());
            });
        });
        return;
    }
    auto *streamer = new SimStreamer(connection, plan, fault, delayMs, this);
    ++m_stats.running;
    m_stats.promptTokens += plan.promptTokens;
    connect(streamer, &SimStreamer::finished, this, [this, streamer](bool completed) {
        --m_stats.running;
        m_stats.generationTokens += streamer->deltasSent();
        if (completed) {
            ++m_completedCount;
            for (const SimChoicePlan &choice : streamer->plan().choices)
                ++m_stats.finished[choice.finishReason == QLatin1String("tool_calls") ? QStringLiteral("stop")
                                                                                      : choice.finishReason];
            emit responseCompleted();
        } else {
            ++m_disconnectCount;
            m_lastDisconnectDeltas = streamer->deltasSent();
            ++m_stats.finished[QStringLiteral("abort")];
            emit clientDisconnected();
        }
        streamer->deleteLater();
        startWaiting();
    });
    streamer->start();
}

void SimServer::startWaiting()
{
    while (!m_waiting.isEmpty() && (m_options.maxNumSeqs <= 0 || m_stats.running < m_options.maxNumSeqs)) {
        const Waiting next = m_waiting.dequeue();
        m_stats.waiting = int(m_waiting.size());
        if (next.connection && next.connection->isOpen())
            startResponse(next.connection, next.plan, next.fault, next.delayMs);
    }
}

namespace {

// The texts of a pooling request, where `/sim` directive lines may hide.
QString poolingTexts(const QJsonObject &body)
{
    QStringList texts;
    for (const char *key : {"input", "query", "documents", "queries", "items", "text_1", "text_2"}) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (value.isString())
            texts.append(value.toString());
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                texts.append(item.toString());
        }
    }
    return texts.join(QLatin1Char('\n'));
}

// How many texts a pooling request carries (the simulated work is proportional).
int poolingItems(const QJsonObject &body)
{
    for (const char *key : {"input", "documents", "items", "text_2"}) {
        const QJsonValue value = body.value(QLatin1String(key));
        if (value.isArray())
            return std::max(1, int(value.toArray().size()));
    }
    return 1;
}

} // namespace

void SimServer::handlePooling(SimConnection *connection, const HttpRequest &request, const QByteArray &path)
{
    ++m_poolingRequestCount;
    m_lastPoolingPath = path;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    m_lastPoolingBody = document.object();
    const QPointer<SimConnection> alive(connection);
    emit poolingRequestReceived();
    if (!alive)
        return;

    const SimDialect dialect = m_options.dialect;
    const SimTask task = m_options.task;
    const bool llama = dialect == SimDialect::LlamaCpp;
    if (path == "/v1/embeddings" && task != SimTask::Embed) {
        connection->send(SimEmbeddings::unsupported(m_options, QStringLiteral("Embeddings")));
        return;
    }
    if (path != "/v1/embeddings" && task == SimTask::Generate) {
        connection->send(SimEmbeddings::unsupported(
            m_options, path.endsWith("/score") ? QStringLiteral("Score") : QStringLiteral("Rerank (Score)")));
        return;
    }
    if (!llama && !isJsonContentType(request.header("content-type"))) {
        connection->send(SimRoutes::unsupportedMediaType(m_options));
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        connection->send(SimRoutes::invalidJson(m_options));
        return;
    }
    const QJsonObject body = document.object();
    const SimDirectives directives = SimDirectives::parse(poolingTexts(body));
    const SimFault fault = takeFault(directives.fault, request.body);
    int delayMs = directives.delayMs >= 0 ? directives.delayMs : m_options.tokenDelayMs * poolingItems(body);
    switch (fault.kind) {
    case SimFault::Kind::Refuse:
    case SimFault::Kind::ResetBeforeHeaders:
        connection->abort();
        return;
    case SimFault::Kind::HttpStatus:
        connection->send(SimRoutes::statusFault(m_options, int(fault.count), body));
        return;
    case SimFault::Kind::Redirect:
        if (!request.path.startsWith("/redirected/")) {
            const QByteArray location = fault.count > 0
                                            ? "http://127.0.0.1:" + QByteArray::number(fault.count) + path
                                            : "/redirected" + path;
            connection->send(SimRoutes::redirect(m_options, location));
            return;
        }
        break;
    case SimFault::Kind::RedirectLoop:
        connection->send(SimRoutes::redirect(m_options, "/loop/1" + path));
        return;
    case SimFault::Kind::StallBeforeFirstByte:
        if (fault.ms <= 0)
            return; // silence until the client leaves
        delayMs += fault.ms;
        break;
    default:
        break;
    }
    if (m_options.engineDead) {
        connection->send(SimRoutes::statusFault(m_options, 500, body));
        return;
    }
    SimResponse response;
    if (path == "/v1/embeddings")
        response = SimEmbeddings::embeddings(m_options, body);
    else if (path.endsWith("/score"))
        response = SimScoring::score(m_options, body);
    else
        response = SimScoring::rerank(m_options, body);
    if (fault.kind == SimFault::Kind::ResetAfterHeaders || fault.kind == SimFault::Kind::DropAfter) {
        // The head and half of the body, then the connection drops: an answer cut off mid-body.
        HttpHeaders headers = response.headers;
        headers.append(HttpHeaders::value_type{"content-length", QByteArray::number(response.body.size())});
        connection->sendRaw(SimConnection::head(response.status, headers));
        connection->sendRaw(QByteArrayView(response.body).first(response.body.size() / 2));
        connection->closeGracefully();
        ++m_disconnectCount;
        return;
    }
    sendLater(connection, response, delayMs);
}

void SimServer::sendLater(SimConnection *connection, const SimResponse &response, int delayMs)
{
    if (delayMs <= 0) {
        connection->send(response);
        ++m_completedCount;
        emit responseCompleted();
        return;
    }
    ++m_stats.running;
    const QPointer<SimConnection> alive(connection);
    const auto left = std::make_shared<bool>(false);
    // A client that leaves while the server "works" is a disconnect, as with a stream.
    const QMetaObject::Connection watch =
        connect(connection, &SimConnection::closed, this, [left](bool, bool) { *left = true; });
    QTimer::singleShot(delayMs, this, [this, alive, response, left, watch]() {
        disconnect(watch);
        --m_stats.running;
        const bool gone = *left || !alive || !alive->isOpen();
        if (gone) {
            ++m_disconnectCount;
            ++m_stats.finished[QStringLiteral("abort")];
            emit clientDisconnected();
            return;
        }
        alive->send(response);
        ++m_completedCount;
        emit responseCompleted();
    });
}
