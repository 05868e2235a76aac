#include "renderbench.h"

#include "benchcorpus.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "conversationview.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <sys/resource.h>

namespace {
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

RenderBench::Result RenderBench::run(int tokenCount, int tokensPerSecond)
{
    const QStringList tokens = BenchCorpus::markdownTokens(tokenCount);

    ConversationModel model;
    ConversationView view(&model);
    view.resize(1000, 800);
    view.show();

    Message user;
    user.role = QStringLiteral("user");
    user.content = QStringLiteral("Write a long answer.");
    model.append(user);
    Message answer;
    answer.role = QStringLiteral("assistant");
    answer.state = MessageState::Streaming;
    const int row = model.append(answer);

    // The busy stretches of the UI thread: from waking up to going back to sleep.
    QElapsedTimer clock;
    clock.start();
    qint64 awakeAt = -1;
    qint64 maxBusyNs = 0;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, [&] { awakeAt = clock.nsecsElapsed(); });
    QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, [&] {
        if (awakeAt >= 0)
            maxBusyNs = std::max(maxBusyNs, clock.nsecsElapsed() - awakeAt);
        awakeAt = -1;
    });

    QEventLoop loop;
    qsizetype sent = 0;
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(ChatSession::kFrameMs);
    const double cpuStart = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QObject::connect(&frame, &QTimer::timeout, [&] {
        const qsizetype due = std::min<qsizetype>(tokens.size(), wall.elapsed() * tokensPerSecond / 1000);
        if (due > sent) {
            QString piece;
            for (; sent < due; ++sent)
                piece += tokens.at(sent);
            model.update(row, [&](Message &m) { m.content += piece; });
        }
        if (sent == tokens.size()) {
            frame.stop();
            model.update(row, [](Message &m) { m.state = MessageState::Complete; });
            QTimer::singleShot(100, &loop, &QEventLoop::quit);
        }
    });
    frame.start();
    maxBusyNs = 0;
    loop.exec();

    Result result;
    result.maxStallMs = double(maxBusyNs) / 1e6;
    result.totalCpuSeconds = cpuSeconds() - cpuStart;
    result.wallSeconds = double(wall.elapsed()) / 1000.0;
    return result;
}
