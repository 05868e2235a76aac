#include "storefixture.h"

#include "store/conversationstore.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

QString StoreFixture::databasePath(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("loquat.db"));
}

Message StoreFixture::message(const QString &role, const QString &content)
{
    Message m;
    m.role = role;
    m.content = content;
    m.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.created = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), QTimeZone::utc());
    return m;
}

Message StoreFixture::fullAnswer(const QString &content)
{
    Message m = message(QStringLiteral("assistant"), content);
    m.reasoning = QStringLiteral("Thinking about it… é 🙂");
    m.toolCalls = {ToolCall{0, QStringLiteral("call_1"), QStringLiteral("function"),
                            QStringLiteral("get_weather"), QStringLiteral("{\"city\":\"Paris\"}")}};
    m.alternatives = {QStringLiteral("second choice"), QStringLiteral("third choice")};
    m.state = MessageState::Failed;
    m.errorText = QStringLiteral("The server stopped sending.");
    m.finishReason = QStringLiteral("length");
    m.model = QStringLiteral("sim-chat");
    m.metrics.ttftMs = 120;
    m.metrics.tokensPerSecond = 85.5;
    m.metrics.promptTokens = 12;
    m.metrics.completionTokens = 340;
    m.metrics.completionTokensEstimated = true;
    m.metrics.wallMs = 4100;
    m.serverVersion = QStringLiteral("0.21.1");
    m.logprobs = {TokenLogprob{QStringLiteral("Sun"),
                               -0.015625,
                               {TopLogprob{QStringLiteral("Sun"), -0.015625},
                                TopLogprob{QStringLiteral("Rain"), -4.25}}},
                  TokenLogprob{QStringLiteral("ny é🙂"), -9999.0, {}}};
    m.request = QJsonObject{{QStringLiteral("model"), QStringLiteral("sim-chat")},
                            {QStringLiteral("temperature"), 0.2},
                            {QStringLiteral("messages"),
                             QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                    {QStringLiteral("content"), QStringLiteral("hi")}}}}};
    return m;
}

ConversationInfo StoreFixture::conversationWithTurns(ConversationStore &store, const QString &title,
                                                     int turns, const QString &wordsInAnswers)
{
    ConversationInfo info;
    info.title = title;
    info.titleSet = !title.isEmpty();
    info.model = QStringLiteral("sim-chat");
    store.saveConversation(info);
    QString parent;
    for (int i = 0; i < turns; ++i) {
        const Message question = message(QStringLiteral("user"), QStringLiteral("Question %1").arg(i));
        store.saveMessage(info.uid, question, parent);
        Message answer =
            message(QStringLiteral("assistant"), QStringLiteral("Answer %1 %2").arg(i).arg(wordsInAnswers));
        answer.model = QStringLiteral("sim-chat");
        store.saveMessage(info.uid, answer, question.uid);
        parent = answer.uid;
    }
    return store.conversation(info.uid).value_or(info);
}

QString StoreFixture::integrity(const QString &path)
{
    QString verdict;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity-check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                verdict = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity-check"));
    return verdict;
}
