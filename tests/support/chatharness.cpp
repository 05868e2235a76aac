#include "chatharness.h"

#include "store/conversationrecorder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

ChatHarness::ChatHarness()
    : client(std::make_unique<VllmClient>(&sim.network()))
    , model(std::make_unique<ConversationModel>())
{
    client->setServer(sim.config());
    session = std::make_unique<ChatSession>(client.get(), model.get());
    session->setModel(QStringLiteral("sim-chat"));
    store = std::make_unique<AsyncStore>(path(), StoreDatabase::Options{});
    active = std::make_unique<ActiveConversation>(store.get(), model.get(), session.get(), client.get());
}

ChatHarness::~ChatHarness()
{
    active.reset();
    session.reset();
    store.reset(); // drains the writes
}

bool ChatHarness::sendAndWait(const QString &text, int timeoutMs)
{
    if (!session->send(text))
        return false;
    return waitIdle(timeoutMs);
}

bool ChatHarness::waitIdle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (session->isBusy() || active->recorder()->hasPendingWrites()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}
