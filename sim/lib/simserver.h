#pragma once

#include "httprequest.h"
#include "simchatplan.h"
#include "simfault.h"
#include "simoptions.h"
#include "simroutes.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSslConfiguration>
#include <QUrl>
#include <optional>

class QTcpServer;
class SimConnection;

// One request as the simulator received it (for tests: who sent which headers where).
struct SimRequestRecord {
    QByteArray method;
    QByteArray path;
    HttpHeaders headers;
    QByteArray header(QByteArrayView name) const;
};

// A vLLM simulator: an HTTP/1.1 server (keep-alive, pipelining, chunked SSE streams) that
// answers like `vllm serve` byte for byte, or like llama.cpp's llama-server, and misbehaves on
// request. Tests start it in-process on an ephemeral port; loquat-sim serves it to people.
// Independent of loquat_core on purpose: a protocol mistake cannot hide on both sides.
//
// Routes (vLLM dialects): GET /v1/models, POST /v1/chat/completions (stream or not), GET /health
// (empty 200; 503 with engineDead), GET|POST /ping, GET /version, GET /load, GET /metrics,
// POST /tokenize; anything else 404 {"detail":"Not Found"} or 405 {"detail":"Method Not Allowed"}.
// The model's task (SimOptions::task) decides, as in vLLM, whether chat or the pooling routes
// (POST /v1/embeddings, /score, /v1/score, /rerank, /v1/rerank, /v2/rerank) exist.
// With an API key, every /v1 path answers 401 {"error":"Unauthorized"} without the right
// `Authorization: Bearer <key>` (OPTIONS is exempt). With a TLS configuration it serves https;
// with options.redirectTo every request is redirected there; with options.maxNumSeqs, requests
// beyond that many wait in a queue (and /metrics says so).
//
// Faults: setNextFault() for the next chat request, setFault() for every one, or a
// `/sim fault=...` directive in the last user message (see SimFault and SimDirectives).
// Programmatic faults win over directives.
//
//     SimServer sim;
//     sim.listen();                               // 127.0.0.1, a free port
//     sim.setNextFault(SimFault::make(SimFault::Kind::DropAfter, 3));
//     ... point a client at sim.baseUrl() ...
//     QTRY_COMPARE(sim.disconnectCount(), 1);
class SimServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    explicit SimServer(QObject *parent = nullptr);
    explicit SimServer(const SimOptions &options, QObject *parent = nullptr);
    ~SimServer() override;

    // https from now on (before listen()): the certificate and key to serve.
    void setTlsConfiguration(const QSslConfiguration &configuration);
    bool isTls() const { return !m_tls.isNull(); }
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening and drops every open connection.
    void close();
    bool isListening() const;
    quint16 port() const;
    QString errorString() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:PORT/v1 (the listening host; 127.0.0.1 for Any)
    QUrl rootUrl() const; // http(s)://127.0.0.1:PORT

    void setOptions(const SimOptions &options);
    const SimOptions &options() const { return m_options; }

    // fail-times:N set either way arms a counter: the next N chat requests answer 503.
    void setNextFault(const SimFault &fault);
    void setFault(const SimFault &fault); // persistent; SimFault{} clears it
    void clearFaults();

    // Observability for tests.
    int requestCount() const { return m_requestCount; }         // every HTTP request
    int chatRequestCount() const { return m_chatRequestCount; } // POSTs to chat/completions
    QJsonObject lastChatBody() const { return m_lastChatBody; }
    // POSTs to /v1/embeddings, /score, /rerank (and aliases), whatever their answer.
    int poolingRequestCount() const { return m_poolingRequestCount; }
    QJsonObject lastPoolingBody() const { return m_lastPoolingBody; }
    QByteArray lastPoolingPath() const { return m_lastPoolingPath; }
    QByteArray lastChatRawBody() const { return m_lastChatRawBody; }
    HttpHeaders lastChatHeaders() const { return m_lastChatHeaders; }
    QByteArray lastChatHeader(QByteArrayView name) const;
    // Clients that went away while their response was still being written (cancel, time-out).
    int disconnectCount() const { return m_disconnectCount; }
    int lastDisconnectDeltas() const { return m_lastDisconnectDeltas; } // deltas sent before it
    int activeResponses() const { return m_stats.running; }
    int completedResponses() const { return m_completedCount; }
    int connectionCount() const { return m_connectionCount; } // TCP connections accepted
    int waitingResponses() const { return m_stats.waiting; }
    // The last kMaxRecords requests, oldest first.
    static constexpr int kMaxRecords = 500;
    const QList<SimRequestRecord> &requests() const { return m_requests; }
    void resetCounters();

signals:
    void chatRequestReceived();
    // Emitted before the request is answered: a fault set from a slot applies to it.
    void poolingRequestReceived();
    void clientDisconnected();
    void responseCompleted();

private:
    void onNewConnection();
    void onRequest(SimConnection *connection, const HttpRequest &request);
    bool authorized(const HttpRequest &request, const QByteArray &path) const;
    void route(SimConnection *connection, const HttpRequest &request, const QByteArray &path);
    void handleChat(SimConnection *connection, const HttpRequest &request, const QByteArray &path);
    // /v1/embeddings, /score, /rerank and their aliases (the pooling routes).
    void handlePooling(SimConnection *connection, const HttpRequest &request, const QByteArray &path);
    // A whole response after `delayMs`, unless the client left meanwhile (then counted as a disconnect).
    void sendLater(SimConnection *connection, const SimResponse &response, int delayMs);
    SimFault takeFault(const SimFault &directive, const QByteArray &body);
    void startResponse(SimConnection *connection, const SimChatPlan &plan, const SimFault &fault,
                       int delayMs);
    void startWaiting();

    struct Waiting {
        QPointer<SimConnection> connection;
        SimChatPlan plan;
        SimFault fault;
        int delayMs = 0;
    };

    QTcpServer *m_server;
    QSslConfiguration m_tls;
    QQueue<Waiting> m_waiting;
    QList<SimRequestRecord> m_requests;
    SimOptions m_options;
    std::optional<SimFault> m_nextFault;
    SimFault m_fault;
    int m_failRemaining = 0;
    QHash<quint64, int> m_directiveAttempts; // fail-times directives: attempts per request body

    int m_requestCount = 0;
    int m_chatRequestCount = 0;
    int m_poolingRequestCount = 0;
    int m_disconnectCount = 0;
    int m_lastDisconnectDeltas = -1;
    int m_completedCount = 0;
    int m_connectionCount = 0;
    QJsonObject m_lastChatBody;
    QJsonObject m_lastPoolingBody;
    QByteArray m_lastPoolingPath;
    QByteArray m_lastChatRawBody;
    HttpHeaders m_lastChatHeaders;
    SimStats m_stats;
};
