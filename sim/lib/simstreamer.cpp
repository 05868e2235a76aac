#include "simstreamer.h"

#include "simanswer.h"
#include "simconnection.h"
#include "simhttp.h"
#include "simtokenizer.h"

namespace {

constexpr qint64 kHighWaterBytes = 4 * 1024 * 1024;
constexpr int kBatchWithoutDelay = 32;

quint64 nextRandom(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

QString hugeText(qint64 bytes)
{
    const QString unit =
        QStringLiteral("Huge event: a paragraph of streamed markdown, repeated — naïve UTF‑8 ✓.\n");
    const qint64 unitBytes = unit.toUtf8().size();
    QString text;
    text.reserve(qsizetype(bytes));
    for (qint64 written = 0; written + unitBytes <= bytes; written += unitBytes)
        text += unit;
    return text;
}

} // namespace

SimStreamer::SimStreamer(SimConnection *connection, const SimChatPlan &plan, const SimFault &fault,
                         int delayMs, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_plan(plan)
    , m_wire(m_plan)
    , m_fault(fault)
    , m_delayMs(delayMs)
    , m_splitState(quint64(fault.count))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SimStreamer::tick);
    connect(connection, &SimConnection::closed, this, &SimStreamer::onClosed);
    connect(connection, &SimConnection::bytesWritten, this, [this] {
        if (m_waitingForDrain && m_connection && m_connection->pendingBytes() < kHighWaterBytes / 2) {
            m_waitingForDrain = false;
            schedule(0);
        }
    });
    for (qsizetype i = 0; i < m_plan.choices.size(); ++i) {
        m_cursor.append(0);
        m_running.append(0);
    }
}

SimStreamer::~SimStreamer() = default;

void SimStreamer::start()
{
    if (!m_plan.stream) {
        sendCompletion();
        return;
    }
    schedule(0);
}

void SimStreamer::schedule(int ms)
{
    if (!m_finished)
        m_timer.start(qMax(0, ms));
}

void SimStreamer::finish(bool completed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    emit finished(completed);
}

void SimStreamer::onClosed(bool byClient, bool midResponse)
{
    Q_UNUSED(byClient)
    Q_UNUSED(midResponse)
    // The connection is gone (the client left, or a fault closed it): generation stops.
    finish(m_phase == Phase::Done);
}

void SimStreamer::tick()
{
    if (m_finished || !m_connection || !m_connection->isOpen())
        return;
    if (!m_queue.isEmpty()) {
        // split-bytes: one piece per event-loop turn, so the client reads them separately.
        execute(m_queue.takeFirst());
        if (!m_finished)
            schedule(m_queue.isEmpty() ? m_delayMs : 0);
        return;
    }
    if (m_connection->pendingBytes() > kHighWaterBytes) {
        m_waitingForDrain = true;
        return;
    }
    int budget = m_delayMs == 0 ? kBatchWithoutDelay : 1;
    while (budget-- > 0 && !m_finished) {
        const Step step = advance();
        if (m_finished)
            return;
        if (step == Step::Stop) {
            if (!m_queue.isEmpty())
                schedule(0); // split pieces (and the end) still to write
            return;
        }
        if (step == Step::Wait)
            return; // advance() scheduled the wake-up (or none: a stall forever)
        if (!m_queue.isEmpty() || m_connection->pendingBytes() > kHighWaterBytes)
            break;
    }
    schedule(m_queue.isEmpty() ? m_delayMs : 0);
}

void SimStreamer::out(Out::Type type, const QByteArray &bytes)
{
    if (m_fault.kind != SimFault::Kind::SplitBytes) {
        execute(Out{type, bytes});
        return;
    }
    if (type != Out::Type::Chunk) {
        m_queue.append(Out{type, {}});
        return;
    }
    qsizetype at = 0;
    while (at < bytes.size()) {
        const quint64 r = nextRandom(m_splitState);
        qsizetype size = 1;
        switch (r % 4) {
        case 0:
            size = 1;
            break;
        case 1:
            size = 2 + qsizetype((r >> 8) % 2);
            break;
        case 2:
            size = 1 + qsizetype((r >> 8) % 16);
            break;
        default:
            size = 1 + qsizetype((r >> 8) % 200);
            break;
        }
        size = qMin(size, bytes.size() - at);
        m_queue.append(Out{Out::Type::Chunk, bytes.mid(at, size)});
        at += size;
    }
}

void SimStreamer::execute(const Out &item)
{
    if (!m_connection)
        return;
    switch (item.type) {
    case Out::Type::Chunk:
        m_connection->sendChunk(item.bytes);
        return;
    case Out::Type::End:
        m_phase = Phase::Done;
        m_connection->endChunks();
        finish(true);
        return;
    case Out::Type::Close:
        m_phase = Phase::Done;
        m_connection->closeGracefully();
        finish(true);
        return;
    }
}

SimStreamer::Step SimStreamer::advance()
{
    using K = SimFault::Kind;
    switch (m_phase) {
    case Phase::Head:
        m_connection->sendHead(200, SimHttp::sseHeaders(m_plan.dialect));
        m_phase = Phase::Roles;
        if (m_fault.kind == K::ResetAfterHeaders) {
            out(Out::Type::Close);
            return Step::Stop;
        }
        if (m_fault.kind == K::ErrorEventFirst || !m_plan.inStreamError.isEmpty()) {
            // The engine refuses some requests only once it has them: the 200 head is out already.
            const QString message =
                !m_plan.inStreamError.isEmpty()
                    ? m_plan.inStreamError
                    : QStringLiteral("Requested sample logprobs of 30, which is greater than "
                                     "max allowed: 20 (parameter=logprobs, value=30)");
            out(Out::Type::Chunk,
                SimHttp::streamError(m_plan.dialect, message, QStringLiteral("BadRequestError"),
                                     QStringLiteral("logprobs"), 400));
            out(Out::Type::Chunk, SimHttp::doneEvent());
            out(Out::Type::End);
            return Step::Stop;
        }
        if (m_fault.kind == K::StallBeforeFirstByte) {
            if (m_fault.ms > 0)
                schedule(m_fault.ms);
            return Step::Wait;
        }
        return Step::Next;
    case Phase::Roles:
        if (m_plan.dialect == SimDialect::LlamaCpp || m_roleIndex >= m_plan.choices.size()) {
            m_phase = Phase::Deltas;
            return Step::Next;
        }
        out(Out::Type::Chunk, SimHttp::event(m_wire.roleChunk(m_roleIndex++)));
        return Step::Next;
    case Phase::Deltas:
        return advanceDeltas();
    case Phase::Tail: {
        m_phase = Phase::Done;
        if (m_fault.kind == K::DropAfter || m_fault.kind == K::DropMidUtf8 ||
            m_fault.kind == K::DropMidEvent) {
            out(Out::Type::Close);
            return Step::Stop;
        }
        if (m_fault.kind == K::ErrorEventAfter) {
            out(Out::Type::Chunk,
                SimHttp::streamError(m_plan.dialect, QStringLiteral("Internal server error"),
                                     QStringLiteral("InternalServerError"), QJsonValue::Null, 500));
            out(Out::Type::Chunk, SimHttp::doneEvent());
            out(Out::Type::End);
            return Step::Stop;
        }
        const QByteArray usage = m_wire.usageChunk();
        if (!usage.isEmpty())
            out(Out::Type::Chunk, SimHttp::event(usage));
        if (m_fault.kind != K::NoDone)
            out(Out::Type::Chunk, SimHttp::doneEvent());
        out(Out::Type::End);
        return Step::Stop;
    }
    case Phase::Done:
        return Step::Stop;
    }
    return Step::Stop;
}

SimStreamer::Step SimStreamer::advanceDeltas()
{
    using K = SimFault::Kind;
    const int k = int(m_fault.count);
    if (m_fault.kind == K::DropAfter && m_deltasSent == k) {
        out(Out::Type::Close);
        return Step::Stop;
    }
    if (m_fault.kind == K::ErrorEventAfter && m_deltasSent == k) {
        m_phase = Phase::Tail;
        return advance();
    }
    if (m_fault.kind == K::StallMidStream && m_deltasSent == k && m_stallWaitedAt != k) {
        m_stallWaitedAt = k;
        if (m_fault.ms > 0)
            schedule(m_fault.ms);
        return Step::Wait;
    }
    if (m_fault.kind == K::MalformedChunk && m_deltasSent == k && !m_malformedSent) {
        m_malformedSent = true;
        out(Out::Type::Chunk, QByteArrayLiteral("data: {not json\n\n"));
        return Step::Next;
    }
    if (m_fault.kind == K::HugeEvent && !m_hugeSent) {
        m_hugeSent = true;
        ++m_deltasSent;
        out(Out::Type::Chunk, SimHttp::event(m_wire.contentChunk(
                                  0, hugeText(m_fault.count > 0 ? m_fault.count : 10 * 1024 * 1024))));
        return Step::Next;
    }
    const SimDelta *delta = nextDelta();
    if (!delta) {
        if (m_fault.kind == K::NeverEnd) {
            ++m_deltasSent;
            out(Out::Type::Chunk, SimHttp::event(m_wire.contentChunk(0, neverEndingToken())));
            return Step::Next;
        }
        m_phase = Phase::Tail;
        return Step::Next;
    }
    const int choice = delta->index;
    m_running[choice] += delta->tokens;
    QByteArray bytes = SimHttp::event(m_wire.deltaChunk(*delta, m_running[choice]));
    ++m_deltasSent;
    if (m_fault.kind == K::DropMidUtf8) {
        // Cut right after the lead byte of the first multi-byte character, then hang up.
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if ((quint8(bytes[i]) & 0xC0) == 0xC0) {
                out(Out::Type::Chunk, bytes.left(i + 1));
                out(Out::Type::Close);
                return Step::Stop;
            }
        }
    }
    if (m_fault.kind == K::DropMidEvent && m_deltasSent == k + 1) {
        // Cut inside the token: after the first character of the delta's text (or half-way through
        // the event when the delta has no text), then hang up.
        static const QByteArray textKey = QByteArrayLiteral("\"content\":\"");
        const qsizetype text = bytes.indexOf(textKey);
        out(Out::Type::Chunk, bytes.left(text >= 0 ? text + textKey.size() + 1 : bytes.size() / 2));
        out(Out::Type::Close);
        return Step::Stop;
    }
    out(Out::Type::Chunk, bytes);
    return Step::Next;
}

const SimDelta *SimStreamer::nextDelta()
{
    const int choices = int(m_plan.choices.size());
    for (int tried = 0; tried < choices; ++tried) {
        const int c = (m_turn + tried) % choices;
        const QList<SimDelta> &deltas = m_plan.choices[c].deltas;
        if (m_cursor[c] >= deltas.size())
            continue;
        const SimDelta &delta = deltas[m_cursor[c]];
        // A never-ending stream never sends a finish reason.
        if (m_fault.kind == SimFault::Kind::NeverEnd && !delta.finishReason.isEmpty())
            continue;
        ++m_cursor[c];
        m_turn = (c + 1) % choices;
        return &delta;
    }
    return nullptr;
}

QString SimStreamer::neverEndingToken()
{
    if (m_endless.isEmpty()) {
        ++m_endlessRound;
        m_endless = SimTokenizer::split(
            QStringLiteral("\n\n") +
            SimAnswer::markdown(m_plan.userText, m_plan.seed + quint64(m_endlessRound), 0));
    }
    return m_endless.takeFirst();
}

void SimStreamer::sendCompletion()
{
    using K = SimFault::Kind;
    QPointer<SimStreamer> self(this);
    const auto respond = [self] {
        if (!self || !self->m_connection || !self->m_connection->isOpen())
            return;
        SimConnection *connection = self->m_connection;
        const QByteArray body = self->m_wire.completionBody();
        HttpHeaders headers = SimHttp::jsonHeaders(self->m_plan.dialect);
        headers.insert(2, {"content-length", QByteArray::number(body.size())});
        self->m_phase = Phase::Done;
        switch (self->m_fault.kind) {
        case K::ResetAfterHeaders:
            connection->sendRaw(SimConnection::head(200, headers));
            connection->closeGracefully();
            break;
        case K::DropAfter:
        case K::DropMidUtf8:
        case K::DropMidEvent:
            connection->sendRaw(SimConnection::head(200, headers) + body.left(body.size() / 2));
            connection->closeGracefully();
            break;
        default:
            connection->send(SimResponse{200, headers, body});
            break;
        }
        self->finish(true);
    };
    if (m_fault.kind == K::StallBeforeFirstByte) {
        if (m_fault.ms > 0)
            QTimer::singleShot(m_fault.ms, this, respond);
        return;
    }
    // A non-streamed answer takes as long as its tokens would have taken.
    const qint64 wait = qint64(m_delayMs) * m_plan.completionTokens();
    QTimer::singleShot(int(qMin<qint64>(wait, 60'000)), this, respond);
}
