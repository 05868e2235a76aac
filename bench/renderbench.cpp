#include "renderbench.h"

#include "benchcorpus.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "conversationview.h"
#include "stallmeter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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

    StallMeter stalls;

    QEventLoop loop;
    qsizetype sent = 0;
    QTimer frame;
    frame.setTimerType(Qt::PreciseTimer);
    frame.setInterval(ChatSession::kFrameMs);
    const double cpuStart = processCpuSeconds();
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
    stalls.reset();
    loop.exec();

    Result result;
    result.maxStallMs = stalls.maxStallMs();
    result.totalCpuSeconds = processCpuSeconds() - cpuStart;
    result.wallSeconds = double(wall.elapsed()) / 1000.0;
    return result;
}
