#include "renderbench.h"

#include "benchcorpus.h"
#include "busymeter.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "conversationview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

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

    bool finished = false;
    qsizetype sent = 0;
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(ChatSession::kFrameMs);
    const double cpuStart = BusyMeter::processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    // Each frame carries the tokens of one frame's time at the given rate, however late it runs:
    // the work per frame is then the same on every run and every machine, and only the time it
    // takes is measured. (A real stream that falls behind brings bigger frames; a machine shared
    // with other work would then measure its own lateness.)
    const qsizetype perFrame =
        std::max<qsizetype>(1, qsizetype(tokensPerSecond) * ChatSession::kFrameMs / 1000);
    QObject::connect(&frame, &QTimer::timeout, [&] {
        const qsizetype due = std::min<qsizetype>(tokens.size(), sent + perFrame);
        if (due > sent) {
            QString piece;
            for (; sent < due; ++sent)
                piece += tokens.at(sent);
            model.update(row, [&](Message &m) { m.content += piece; });
        }
        if (sent == tokens.size()) {
            frame.stop();
            model.update(row, [](Message &m) { m.state = MessageState::Complete; });
            QTimer::singleShot(100, [&finished] { finished = true; });
        }
    });
    frame.start();

    Result result;
    const BusyMeter::Result busy = BusyMeter::runLoop([&finished] { return finished; });
    result.maxStallMs = busy.maxMs;
    result.totalCpuSeconds = BusyMeter::processCpuSeconds() - cpuStart;
    result.wallSeconds = double(wall.elapsed()) / 1000.0;
    return result;
}
