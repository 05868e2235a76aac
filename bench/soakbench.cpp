#include "soakbench.h"

#include "api/serverconfig.h"
#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "processmemory.h"
#include "simserver.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "store/conversationrecorder.h"
#include "store/conversationstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>
#include <unistd.h>

#include <memory>
#include <optional>

namespace {

// Faults a flaky server or network produces, as `/sim` directives (sim/README.md). Most last at
// most a few hundred milliseconds, so the run measures recovery; the two long stalls outlast the
// run's time-outs (kFirstByteTimeoutMs, kIdleTimeoutMs) so that time-outs are lived through too.
const QStringList &faults()
{
    static const QStringList list{
        QString(), // a good answer (listed a few times: about a third of the answers)
        QString(),
        QString(),
        QString(),
        QString(),
        QStringLiteral("drop-after:%1"),
        QStringLiteral("drop-mid-event:%1"),
        QStringLiteral("drop-mid-utf8"),
        QStringLiteral("error-event-after:%1"),
        QStringLiteral("error-event-first"),
        QStringLiteral("malformed-chunk:%1"),
        QStringLiteral("no-done"),
        QStringLiteral("split-bytes:%1"),
        QStringLiteral("stall-mid-stream:%1:300"),
        QStringLiteral("stall-before-first-byte:300"),
        QStringLiteral("stall-mid-stream:%1:2500"),     // past the idle time-out
        QStringLiteral("stall-before-first-byte:3500"), // past the first-byte time-out
        QStringLiteral("huge-event:1000000"),           // one 1 MB delta
        QStringLiteral("redirect-loop"),
        QStringLiteral("reset-before-headers"),
        QStringLiteral("reset-after-headers"),
        QStringLiteral("refuse"),
        QStringLiteral("http-status:400"),
        QStringLiteral("http-status:401"),
        QStringLiteral("http-status:404"),
        QStringLiteral("http-status:429"),
        QStringLiteral("http-status:500"),
        QStringLiteral("http-status:503"),
        QStringLiteral("fail-times:1"),
    };
    return list;
}

// The process's memory at one moment, after handing glibc's free pages back (malloc_trim): what
// is still held, not what the allocator keeps around after the 1 MB answers. RSS is split into
// anonymous pages (heap, stacks) and file pages (libraries, mapped files), and the heap's bytes
// in use (mallinfo2) tell live allocations from fragmentation.
struct MemorySample {
    int answers = 0;
    qint64 rss = -1;
    qint64 rssAnon = -1;
    qint64 rssFile = -1;
    qint64 heapInUse = -1;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("answers"), answers},
                {QStringLiteral("rss_kib"), rss},
                {QStringLiteral("rss_anon_kib"), rssAnon},
                {QStringLiteral("rss_file_kib"), rssFile},
                {QStringLiteral("heap_in_use_kib"), heapInUse}};
    }
};

MemorySample sampleMemory(int answers)
{
    malloc_trim(0);
    MemorySample sample;
    sample.answers = answers;
    const struct mallinfo2 heap = mallinfo2();
    sample.heapInUse = qint64((heap.uordblks + heap.hblkhd) / 1024);
    const QHash<QByteArray, qint64> status = ProcessMemory::statusKib();
    sample.rss = status.value("VmRSS", -1);
    sample.rssAnon = status.value("RssAnon", -1);
    sample.rssFile = status.value("RssFile", -1);
    return sample;
}

// Sockets this process holds (both ends of every loopback connection, the listening one too).
int openSockets()
{
    int sockets = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        char target[64] = {};
        const ssize_t n =
            readlink(QFile::encodeName(fds.filePath(fd)).constData(), target, sizeof target - 1);
        if (n > 0 && QByteArrayView(target, n).startsWith("socket:"))
            ++sockets;
    }
    return sockets;
}

// One turn of the event loop as the app's would run it. processEvents() outside exec() leaves
// deleteLater()'d objects (finished streams, their replies) alive for ever, which would show up
// here as a leak the app does not have; so they are deleted explicitly.
void turnEventLoop(int maxMs)
{
    QCoreApplication::processEvents(QEventLoop::AllEvents, maxMs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        turnEventLoop(20);
}

QByteArray hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

constexpr int kFirstByteTimeoutMs = 3000;
constexpr int kIdleTimeoutMs = 2000;

struct Finished {
    QString conversationUid;
    QString questionUid; // the user's message the answer follows
    QString question;
    QString messageUid;
    QByteArray contentHash; // not the text: keeping every answer would be the run's own leak
    MessageState state = MessageState::Streaming;
};

// One chat of the app: a session streaming into a model that an ActiveConversation records.
class Lane final {
public:
    Lane(QNetworkAccessManager *network, const ServerConfig &server, AsyncStore *store)
        : m_client(network)
        , m_model()
    {
        m_client.setServer(server);
        m_session = std::make_unique<ChatSession>(&m_client, &m_model);
        m_session->setModel(QStringLiteral("sim-chat"));
        m_active = std::make_unique<ActiveConversation>(store, &m_model, m_session.get(), &m_client);
        QObject::connect(
            m_session.get(), &ChatSession::answerFinished, m_session.get(),
            [this](int row, MessageState state) {
                const Message &m = m_model.message(row);
                const Message &q = m_model.message(row - 1);
                m_finished.append({m_active->uid(), q.uid, q.content, m.uid, hashOf(m.content), state});
                m_busy = false;
            });
    }
    ~Lane()
    {
        m_active.reset();
        m_session.reset();
    }
    Q_DISABLE_COPY_MOVE(Lane)

    bool isBusy() const { return m_busy; }
    bool isIdle() const { return !m_busy && !m_active->recorder()->hasPendingWrites(); }
    const QList<Finished> &finished() const { return m_finished; }
    int sent() const { return m_sent; }

    // What the app does on "New conversation": the finished one leaves the model (it stays in
    // the store). Memory is compared with every lane in this state, so that a 1 MB answer that
    // happens to be on screen at one moment is not counted as drift.
    void startNew()
    {
        m_active->startNew();
        m_turns = 0;
    }

    bool send(const QString &text, int turnsPerConversation)
    {
        if (m_turns == turnsPerConversation)
            startNew();
        if (!m_session->send(text))
            return false;
        ++m_sent;
        ++m_turns;
        m_busy = true;
        return true;
    }

private:
    VllmClient m_client;
    ConversationModel m_model;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<ActiveConversation> m_active;
    QList<Finished> m_finished;
    int m_sent = 0;
    int m_turns = 0; // in the conversation the model shows
    bool m_busy = false;
};

} // namespace

QJsonObject SoakBench::run(const Options &options)
{
    QTemporaryDir dir;
    SimServer sim;
    if (!dir.isValid() || !sim.listen())
        return {{QStringLiteral("soak_error"), QStringLiteral("no temporary directory or port")}};
    QNetworkAccessManager network; // one for all lanes, as in the app
    ServerConfig server;
    server.baseUrl = sim.baseUrl();
    server.firstByteTimeoutMs = kFirstByteTimeoutMs;
    server.idleTimeoutMs = kIdleTimeoutMs;
    server.maxRetries = 2;
    server.retryBaseDelayMs = 50;
    const QString path = dir.filePath(QStringLiteral("soak.db"));
    auto store = std::make_unique<AsyncStore>(path, StoreDatabase::Options{});

    std::vector<std::unique_ptr<Lane>> lanes;
    for (int i = 0; i < options.lanes; ++i)
        lanes.push_back(std::make_unique<Lane>(&network, server, store.get()));

    QRandomGenerator random(options.seed);
    QHash<QString, int> faultCounts;
    int started = 0;
    int sendRefused = 0;
    const int warmUp = qMin(options.answers / 10, 100);
    // Memory is sampled with every lane idle, twice: as the lanes are (their last conversations
    // open, 1 MB answers included when the dice put one there) and after each lane has started a
    // new conversation, so that what is compared is what the process keeps, not what it shows.
    struct Point {
        MemorySample open;
        MemorySample settled;
    };
    std::optional<Point> afterWarmUp;
    int socketsAfterWarmUp = -1;
    QList<Point> curve; // every tenth of the run
    const int sampleEvery = qMax(1, options.answers / 10);
    int nextSample = sampleEvery;
    QElapsedTimer clock;
    clock.start();
    auto allIdle = [&] {
        return std::all_of(lanes.begin(), lanes.end(), [](const auto &lane) { return lane->isIdle(); });
    };
    auto samplePoint = [&](int timeoutMs) {
        waitFor(allIdle, timeoutMs);
        Point point;
        point.open = sampleMemory(started);
        for (auto &lane : lanes)
            lane->startNew();
        turnEventLoop(20);
        point.settled = sampleMemory(started);
        return point;
    };
    while (started < options.answers) {
        for (auto &lane : lanes) {
            if (lane->isBusy() || started >= options.answers)
                continue;
            const QString pattern = faults().at(random.bounded(int(faults().size())));
            const QString fault =
                pattern.contains(QLatin1String("%1")) ? pattern.arg(random.bounded(1, 40)) : pattern;
            ++faultCounts[fault.isEmpty() ? QStringLiteral("none") : fault.section(QLatin1Char(':'), 0, 0)];
            QString text = QStringLiteral("Question %1 about batching\n/sim tokens=%2 delay=1 seed=%3")
                               .arg(started)
                               .arg(random.bounded(40, 160))
                               .arg(started);
            if (!fault.isEmpty())
                text += QStringLiteral(" fault=") + fault;
            if (lane->send(text, options.turnsPerConversation))
                ++started;
            else
                ++sendRefused;
        }
        if (started >= warmUp && !afterWarmUp) {
            afterWarmUp = samplePoint(30'000);
            socketsAfterWarmUp = openSockets();
        }
        if (started >= nextSample && started < options.answers) {
            curve.append(samplePoint(30'000));
            nextSample += sampleEvery;
        }
        turnEventLoop(5);
    }
    waitFor(allIdle, 60'000);
    const bool idle = allIdle();
    const double wallSeconds = double(clock.elapsed()) / 1000.0;
    // Idle keep-alive connections are the client's to keep; give closed ones time to go.
    waitFor([] { return false; }, 1000);
    const Point end = samplePoint(0);
    curve.append(end);
    const int socketsEnd = openSockets();
    const int serverActive = sim.activeResponses();
    const int serverConnections = sim.connectionCount();

    // Every answer as the store file holds it, read on a connection of its own.
    QList<Finished> finished;
    for (const auto &lane : lanes)
        finished += lane->finished();
    lanes.clear();
    store.reset(); // drains every write, then closes
    ConversationStore check(path);
    check.open();
    QHash<QString, QHash<QString, Message>> branches;
    int lost = 0;
    int lostQuestions = 0;
    int streamingLeft = 0;
    QHash<QString, int> endings;
    for (const Finished &f : std::as_const(finished)) {
        if (!branches.contains(f.conversationUid)) {
            QHash<QString, Message> byUid;
            for (const Message &m : check.branch(f.conversationUid))
                byUid.insert(m.uid, m);
            branches.insert(f.conversationUid, byUid);
        }
        const QHash<QString, Message> &branch = branches[f.conversationUid];
        const Message stored = branch.value(f.messageUid);
        const Message storedQuestion = branch.value(f.questionUid);
        if (stored.uid.isEmpty() || hashOf(stored.content) != f.contentHash || stored.state != f.state)
            ++lost;
        if (storedQuestion.uid.isEmpty() || storedQuestion.content != f.question)
            ++lostQuestions;
        if (f.state == MessageState::Streaming || stored.state == MessageState::Streaming)
            ++streamingLeft;
        switch (f.state) {
        case MessageState::Complete:
            ++endings[QStringLiteral("complete")];
            break;
        case MessageState::Failed:
            ++endings[QStringLiteral("failed")];
            break;
        default:
            ++endings[QStringLiteral("other")];
            break;
        }
    }
    lost += options.answers - int(finished.size()); // answers that never ended

    QJsonObject faultsJson;
    for (auto it = faultCounts.cbegin(); it != faultCounts.cend(); ++it)
        faultsJson.insert(it.key(), it.value());
    const auto drift = [](const MemorySample &from, const MemorySample &to) {
        return from.rss > 0 ? qRound(double(to.rss - from.rss) / double(from.rss) * 1000) / 10.0 : -1.0;
    };
    const Point warm = afterWarmUp.value_or(Point{});
    QJsonArray curveJson;
    for (const Point &point : std::as_const(curve))
        curveJson.append(QJsonObject{{QStringLiteral("open"), point.open.toJson()},
                                     {QStringLiteral("settled"), point.settled.toJson()}});
    return {
        {QStringLiteral("soak_answers"), int(finished.size())},
        {QStringLiteral("soak_lanes"), options.lanes},
        {QStringLiteral("soak_complete"), endings.value(QStringLiteral("complete"))},
        {QStringLiteral("soak_failed_with_message"), endings.value(QStringLiteral("failed"))},
        {QStringLiteral("soak_other_endings"), endings.value(QStringLiteral("other"))},
        {QStringLiteral("soak_lost_messages"), lost},
        {QStringLiteral("soak_lost_questions"), lostQuestions},
        {QStringLiteral("soak_left_streaming"), streamingLeft},
        {QStringLiteral("soak_send_refused"), sendRefused},
        {QStringLiteral("soak_all_idle"), idle},
        {QStringLiteral("soak_rss_after_warmup_kib"), warm.settled.rss},
        {QStringLiteral("soak_rss_end_kib"), end.settled.rss},
        {QStringLiteral("soak_rss_drift_pct"), drift(warm.settled, end.settled)},
        {QStringLiteral("soak_rss_open_after_warmup_kib"), warm.open.rss},
        {QStringLiteral("soak_rss_open_end_kib"), end.open.rss},
        {QStringLiteral("soak_rss_open_drift_pct"), drift(warm.open, end.open)},
        {QStringLiteral("soak_heap_in_use_after_warmup_kib"), warm.settled.heapInUse},
        {QStringLiteral("soak_heap_in_use_end_kib"), end.settled.heapInUse},
        {QStringLiteral("soak_memory_curve"), curveJson},
        {QStringLiteral("soak_sockets_after_warmup"), socketsAfterWarmUp},
        {QStringLiteral("soak_sockets_end"), socketsEnd},
        {QStringLiteral("soak_server_responses_open"), serverActive},
        {QStringLiteral("soak_server_connections_accepted"), serverConnections},
        {QStringLiteral("soak_wall_s"), qRound(wallSeconds * 10) / 10.0},
        {QStringLiteral("soak_faults"), faultsJson},
    };
}
