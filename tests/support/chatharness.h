#pragma once

#include "api/vllmclient.h"
#include "chat/chatsession.h"
#include "chat/conversationmodel.h"
#include "simfixture.h"
#include "store/activeconversation.h"
#include "store/asyncstore.h"
#include "storefixture.h"

#include <QTemporaryDir>
#include <memory>

// The app's chat without its window: the simulator, a client, a model, a session and the
// active conversation recording into a real store file.
struct ChatHarness {
    ChatHarness();
    ~ChatHarness();
    Q_DISABLE_COPY_MOVE(ChatHarness)

    // Sends and waits for the answer to end; false when it did not within the time.
    bool sendAndWait(const QString &text, int timeoutMs = 15000);
    bool waitIdle(int timeoutMs = 15000); // the answer ended and every write is done
    QString path() const { return StoreFixture::databasePath(dir); }

    QTemporaryDir dir;
    SimFixture sim;
    std::unique_ptr<VllmClient> client;
    std::unique_ptr<ConversationModel> model;
    std::unique_ptr<ChatSession> session;
    std::unique_ptr<AsyncStore> store;
    std::unique_ptr<ActiveConversation> active;
};
