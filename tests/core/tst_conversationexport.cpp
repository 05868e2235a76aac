#include "store/conversationexport.h"
#include "store/conversationstore.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace StoreFixture;

namespace {
// A conversation with every kind of content: system prompt, params, an edited question, a
// regenerated answer with every field set, tool calls, a failed answer, a pinned title.
ConversationInfo richConversation(ConversationStore &store)
{
    ConversationInfo info;
    info.systemPrompt = QStringLiteral("Be terse.\nAnswer in English.");
    info.serverUrl = QStringLiteral("http://gpu:8000/v1");
    info.model = QStringLiteral("sim-chat");
    info.profileId = QStringLiteral("lab");
    info.preset = QStringLiteral("Precise");
    info.params = QJsonObject{{QStringLiteral("temperature"), 0.2},
                              {QStringLiteral("stop"), QJsonArray{QStringLiteral("\n\n")}}};
    store.saveConversation(info);
    const Message q1 = message(QStringLiteral("user"), QStringLiteral("Weather in Paris? é 🙂"));
    Message a1 = fullAnswer(QStringLiteral("## Sunny\n\n```json\n{\"t\": 21}\n```"));
    const Message q1b = message(QStringLiteral("user"), QStringLiteral("Weather in Lyon?"));
    Message a1b = message(QStringLiteral("assistant"), QStringLiteral("Rainy."));
    a1b.model = QStringLiteral("sim-chat");
    a1b.metrics.tokensPerSecond = 33.25;
    Message a1c = message(QStringLiteral("assistant"), QStringLiteral("Cloudy."));
    a1c.state = MessageState::Interrupted;
    store.saveMessage(info.uid, q1, {});
    store.saveMessage(info.uid, a1, q1.uid);
    store.saveMessage(info.uid, q1b, {});
    store.saveMessage(info.uid, a1b, q1b.uid);
    store.saveMessage(info.uid, a1c, q1b.uid);
    store.selectSibling(info.uid, a1c.uid, 0); // a1b shown again
    store.setPinned(info.uid, true);
    return *store.conversation(info.uid);
}
} // namespace

class TestConversationExport : public QObject {
    Q_OBJECT

private slots:
    void exportImportExportIsIdentical()
    {
        QTemporaryDir dir;
        QByteArray first;
        {
            ConversationStore store(dir.filePath(QStringLiteral("a.db")));
            QVERIFY(store.open().open);
            const ConversationInfo rich = richConversation(store);
            const ConversationInfo plain = conversationWithTurns(store, QStringLiteral("Plain"), 3);
            first = ConversationExport::toJsonFile(
                {*ConversationExport::read(store, rich.uid), *ConversationExport::read(store, plain.uid)});
        }
        QString error;
        const auto parsed = ConversationExport::fromJson(first, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.size(), 2);

        ConversationStore other(dir.filePath(QStringLiteral("b.db")));
        QVERIFY(other.open().open);
        const QList<ConversationInfo> imported = ConversationExport::import(other, parsed);
        QCOMPARE(imported.size(), 2);
        const QByteArray second =
            ConversationExport::toJsonFile({*ConversationExport::read(other, imported.at(0).uid),
                                            *ConversationExport::read(other, imported.at(1).uid)});
        QCOMPARE(second, first);

        // What the import gives back is the same conversation, branches and choices included.
        const QList<Message> branch = other.branch(imported.at(0).uid);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(0).content, QStringLiteral("Weather in Lyon?"));
        QCOMPARE(branch.at(0).siblingCount, 2);
        QCOMPARE(branch.at(1).content, QStringLiteral("Rainy."));
        QCOMPARE(branch.at(1).siblingCount, 2);
        QCOMPARE(other.conversation(imported.at(0).uid)->pinned, true);
        QCOMPARE(other.conversation(imported.at(0).uid)->preset, QStringLiteral("Precise"));
    }

    void theMessagesAreOpenAiMessages()
    {
        QTemporaryDir dir;
        ConversationStore store(databasePath(dir));
        QVERIFY(store.open().open);
        const ConversationInfo rich = richConversation(store);
        const QJsonObject json = ConversationExport::toJson(*ConversationExport::read(store, rich.uid));
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("loquat.conversation"));
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("sim-chat"));
        QCOMPARE(
            json.value(QStringLiteral("params")).toObject().value(QStringLiteral("temperature")).toDouble(),
            0.2);
        const QJsonArray messages = json.value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3); // system prompt + the branch shown
        QCOMPARE(messages.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                              {QStringLiteral("content"), QStringLiteral("Be terse.\nAnswer in English.")}}));
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Weather in Lyon?"));
        QCOMPARE(messages.at(2).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("assistant"));
        // Every version, with its metadata, under "loquat".
        const QJsonArray tree =
            json.value(QStringLiteral("loquat")).toObject().value(QStringLiteral("messages")).toArray();
        QCOMPARE(tree.size(), 5);
        const QJsonObject full = tree.at(1).toObject();
        QCOMPARE(full.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(full.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("ttft_ms")).toInt(),
                 120);
        QCOMPARE(
            full.value(QStringLiteral("request")).toObject().value(QStringLiteral("temperature")).toDouble(),
            0.2);
        QCOMPARE(full.value(QStringLiteral("tool_calls")).toArray().size(), 1);
        // What the answer keeps beside its request: the server's version, the token probabilities
        // in the server's own shape.
        QCOMPARE(full.value(QStringLiteral("server_version")).toString(), QStringLiteral("0.21.1"));
        const QJsonArray logprobs = full.value(QStringLiteral("logprobs")).toArray();
        QCOMPARE(logprobs.size(), 2);
        QCOMPARE(logprobs.at(0).toObject().value(QStringLiteral("token")).toString(), QStringLiteral("Sun"));
        QCOMPARE(logprobs.at(0)
                     .toObject()
                     .value(QStringLiteral("top_logprobs"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("logprob")),
                 QJsonValue(-4.25));
        QCOMPARE(full.value(QStringLiteral("parent")).toString(),
                 tree.at(0).toObject().value(QStringLiteral("uid")).toString());
    }

    void markdownIsATranscriptOfTheBranch()
    {
        QTemporaryDir dir;
        ConversationStore store(databasePath(dir));
        QVERIFY(store.open().open);
        const ConversationInfo rich = richConversation(store);
        QList<Message> branch = store.branch(rich.uid);
        const QString md = ConversationExport::toMarkdown(rich, branch);
        QVERIFY2(md.startsWith(QStringLiteral("# Weather in Paris? é 🙂\n")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("> Be terse.\n> Answer in English.")));
        QVERIFY(md.contains(QStringLiteral("## You\n\nWeather in Lyon?")));
        QVERIFY(md.contains(QStringLiteral("## Assistant · sim-chat\n\nRainy.")));
        QVERIFY(
            !md.contains(QStringLiteral("Paris? é 🙂\n\n## Assistant"))); // the other branch is not in it
        QVERIFY(md.contains(QStringLiteral("temperature")));
        // A failed answer with reasoning and a tool call.
        branch = store.selectSibling(rich.uid, branch.first().uid, 0);
        const QString other = ConversationExport::toMarkdown(rich, branch);
        QVERIFY(other.contains(QStringLiteral("> *Reasoning*")));
        QVERIFY(other.contains(QStringLiteral("*Tool call* `get_weather`")));
        QVERIFY(other.contains(QStringLiteral("*Failed: The server stopped sending.*")));
        QVERIFY(other.contains(QStringLiteral("```json\n{\"t\": 21}\n```")));
    }

    void importsPlainOpenAiConversations()
    {
        QString error;
        const QByteArray body = R"({"model": "qwen3-8b", "temperature": 0.7, "stream": true,
            "messages": [{"role": "system", "content": "You are helpful."},
                         {"role": "user", "content": [{"type": "text", "text": "Hello"}, {"type": "image_url"}]},
                         {"role": "assistant", "content": "Hi!", "reasoning_content": "greet"},
                         {"role": "user", "content": "Bye"}]})";
        const auto parsed = ConversationExport::fromJson(body, &error);
        QCOMPARE(parsed.size(), 1);
        const auto &c = parsed.first();
        QCOMPARE(c.info.systemPrompt, QStringLiteral("You are helpful."));
        QCOMPARE(c.info.model, QStringLiteral("qwen3-8b"));
        QCOMPARE(c.info.params, (QJsonObject{{QStringLiteral("temperature"), 0.7}}));
        QCOMPARE(c.info.title, QStringLiteral("Hello"));
        QCOMPARE(c.messages.size(), 3);
        QCOMPARE(c.messages.at(1).message.reasoning, QStringLiteral("greet"));
        QCOMPARE(c.messages.at(2).parentUid, c.messages.at(1).message.uid);

        const auto bare =
            ConversationExport::fromJson(R"([{"role": "user", "content": "just this"}])", &error);
        QCOMPARE(bare.size(), 1);
        QCOMPARE(bare.first().messages.size(), 1);

        QTemporaryDir dir;
        ConversationStore store(databasePath(dir));
        QVERIFY(store.open().open);
        const auto imported = ConversationExport::import(store, parsed);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(store.branch(imported.first().uid).size(), 3);
        QCOMPARE(store.conversations().first().title, QStringLiteral("Hello"));
    }

    void importingTwiceMakesACopy()
    {
        QTemporaryDir dir;
        ConversationStore store(databasePath(dir));
        QVERIFY(store.open().open);
        const ConversationInfo rich = richConversation(store);
        const QByteArray file = ConversationExport::toJsonFile({*ConversationExport::read(store, rich.uid)});
        QString error;
        const auto imported = ConversationExport::import(store, ConversationExport::fromJson(file, &error));
        QCOMPARE(imported.size(), 1);
        QVERIFY(imported.first().uid != rich.uid);
        QCOMPARE(store.conversations().size(), 2);
        QCOMPARE(store.tree(rich.uid).size(), 5); // the original untouched
        QCOMPARE(store.tree(imported.first().uid).size(), 5);
    }

    // Found by fuzz_conversationimport: a repeated uid whose second copy names the first as its
    // parent made the branch walk go round until its guard, longer than the file.
    void aBranchThatLoopsEndsAndImportsWhole()
    {
        const QByteArray file = R"({"format": "loquat.conversation", "version": 1, "loquat": {"messages": [
            {"uid": "a", "parent": null, "role": "user", "content": "first"},
            {"uid": "a", "parent": "a", "role": "assistant", "content": "second"},
            {"uid": "b", "parent": "b", "role": "user", "content": "own parent"}]}})";
        QString error;
        const auto conversations = ConversationExport::fromJson(file, &error);
        QCOMPARE(conversations.size(), 1);
        const QList<Message> branch = ConversationExport::activeBranch(conversations.first().messages);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(0).content, QStringLiteral("first"));
        QCOMPARE(branch.at(1).content, QStringLiteral("second"));

        QTemporaryDir dir;
        ConversationStore store(databasePath(dir));
        QVERIFY(store.open().open);
        const auto imported = ConversationExport::import(store, conversations);
        QCOMPARE(imported.size(), 1);
        QCOMPARE(store.tree(imported.first().uid).size(), 3); // nothing lost
        QVERIFY(store.branch(imported.first().uid).size() <= 3);
    }

    // Found by fuzz_conversationimport: the second "m4" is stored under a new uid, and the first,
    // naming "m4" as its parent, was then linked to that new uid, i.e. to itself, before it
    // existed: the insert failed and the conversation was not imported at all.
    void aMessageWhoseParentSharesItsUidImports()
    {
        const QByteArray file = R"({"format": "loquat.conversation", "loquat": {"messages": [
            {"uid": "m4", "role": "user", "content": "child", "parent": "m4"},
            {"uid": "m4", "role": "assistant", "content": "parent"},
            {"uid": "m5", "role": "user", "content": "grandchild", "parent": "m4"}]}})";
        QString error;
        const auto conversations = ConversationExport::fromJson(file, &error);
        QCOMPARE(conversations.size(), 1);

        QTemporaryDir dir;
        ConversationStore store(databasePath(dir));
        QVERIFY(store.open().open);
        const auto imported = ConversationExport::import(store, conversations);
        QCOMPARE(imported.size(), 1);
        const QList<StoredMessage> tree = store.tree(imported.first().uid);
        QCOMPARE(tree.size(), 3); // nothing lost
        QStringList uids;
        for (const StoredMessage &s : tree)
            uids << s.message.uid;
        QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), 3); // each stored under a uid of its own
        // Both children hang under the one message called "m4" that was not itself a child.
        const QList<Message> branch = store.branch(imported.first().uid);
        QVERIFY(!branch.isEmpty());
        QCOMPARE(branch.first().content, QStringLiteral("parent"));
        QCOMPARE(branch.size(), 2);
    }

    void refusesWhatIsNotAConversation()
    {
        const QList<QByteArray> bad = {
            "not json at all",
            R"({"hello": "world"})",
            R"([{"role": "wizard", "content": "x"}])",
            R"({"format": "loquat.conversation", "version": 99, "messages": []})",
            R"({"format": "loquat.conversations", "version": 1, "conversations": []})",
            "[]",
        };
        for (const QByteArray &input : bad) {
            QString error;
            QVERIFY2(ConversationExport::fromJson(input, &error).isEmpty(), input.constData());
            QVERIFY2(!error.isEmpty(), input.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestConversationExport)
#include "tst_conversationexport.moc"
