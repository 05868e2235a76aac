#include "store/conversationstore.h"
#include "store/historysearch.h"
#include "storefixture.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/wait.h>
#include <unistd.h>

using namespace StoreFixture;

class TestConversationStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConversationStore> m_store;

    ConversationStore &store() { return *m_store; }

    QStringList contents(const QList<Message> &messages)
    {
        QStringList list;
        for (const Message &m : messages)
            list << m.content;
        return list;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(databasePath(m_dir));
        m_store = std::make_unique<ConversationStore>(databasePath(m_dir));
        const StoreStatus &status = m_store->open();
        QVERIFY2(status.open && status.writable, qPrintable(status.error.detail));
        QVERIFY(status.fullTextSearch);
    }

    void cleanup()
    {
        m_store.reset();
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

    void conversationRecordKeepsItsSettings()
    {
        ConversationInfo info;
        info.systemPrompt = QStringLiteral("Be terse.");
        info.profileId = QStringLiteral("work-gpu");
        info.serverUrl = QStringLiteral("http://gpu:8000/v1");
        info.model = QStringLiteral("qwen3-8b");
        info.params = QJsonObject{{QStringLiteral("temperature"), 0.2}, {QStringLiteral("top_k"), 40}};
        info.preset = QStringLiteral("Precise");
        QVERIFY2(store().saveConversation(info), qPrintable(store().lastError().detail));
        QVERIFY(!info.uid.isEmpty());
        QVERIFY(info.id > 0);

        // Reopened from the file by a second connection, as the next start would.
        ConversationStore again(databasePath(m_dir));
        QVERIFY(again.open().open);
        const auto read = again.conversation(info.uid);
        QVERIFY(read);
        QCOMPARE(read->id, info.id);
        QCOMPARE(read->systemPrompt, info.systemPrompt);
        QCOMPARE(read->profileId, info.profileId);
        QCOMPARE(read->serverUrl, info.serverUrl);
        QCOMPARE(read->model, info.model);
        QCOMPARE(read->params, info.params);
        QCOMPARE(read->preset, info.preset);
        QVERIFY(read->created.isValid());
        QCOMPARE(again.conversationById(info.id)->uid, info.uid);

        // Settings change; the title is left alone by saveConversation.
        info.model = QStringLiteral("other");
        info.title = QStringLiteral("ignored");
        QVERIFY(store().saveConversation(info));
        QCOMPARE(again.conversation(info.uid)->model, QStringLiteral("other"));
        QCOMPARE(again.conversation(info.uid)->title, QString());
    }

    void everyMessageFieldSurvivesTheFile()
    {
        ConversationInfo info;
        QVERIFY(store().saveConversation(info));
        const Message question = message(QStringLiteral("user"), QStringLiteral("Weather in Paris?"));
        const Message answer = fullAnswer(QStringLiteral("## Sunny\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
        QVERIFY(store().saveMessage(info.uid, question, {}));
        QVERIFY(store().saveMessage(info.uid, answer, question.uid));

        ConversationStore again(databasePath(m_dir));
        QVERIFY(again.open().open);
        const QList<Message> branch = again.branch(info.uid);
        QCOMPARE(branch.size(), 2);
        const Message &read = branch.at(1);
        QCOMPARE(read.uid, answer.uid);
        QCOMPARE(read.role, answer.role);
        QCOMPARE(read.content, answer.content);
        QCOMPARE(read.reasoning, answer.reasoning);
        QCOMPARE(read.toolCalls, answer.toolCalls);
        QCOMPARE(read.alternatives, answer.alternatives);
        QCOMPARE(read.state, answer.state);
        QCOMPARE(read.errorText, answer.errorText);
        QCOMPARE(read.finishReason, answer.finishReason);
        QCOMPARE(read.model, answer.model);
        QCOMPARE(read.metrics.ttftMs, answer.metrics.ttftMs);
        QCOMPARE(read.metrics.tokensPerSecond, answer.metrics.tokensPerSecond);
        QCOMPARE(read.metrics.promptTokens, answer.metrics.promptTokens);
        QCOMPARE(read.metrics.completionTokens, answer.metrics.completionTokens);
        QCOMPARE(read.metrics.completionTokensEstimated, answer.metrics.completionTokensEstimated);
        QCOMPARE(read.metrics.wallMs, answer.metrics.wallMs);
        QCOMPARE(read.created, answer.created);
        QCOMPARE(read.serverVersion, QStringLiteral("0.21.1"));
        QCOMPARE(read.logprobs, answer.logprobs); // exact, alternatives and all
        QVERIFY(branch.at(0).logprobs.isEmpty());
        // The request is read on demand, not with the branch (which says there is one).
        QVERIFY(read.request.isEmpty());
        QVERIFY(read.requestStored);
        QVERIFY(!branch.at(0).requestStored);
        QCOMPARE(again.request(answer.uid), answer.request);
        // Unknown figures stay unknown.
        QCOMPARE(branch.at(0).metrics.ttftMs, -1);
        QCOMPARE(branch.at(0).state, MessageState::Complete);
    }

    void updatesChangeTheMessageInPlace()
    {
        ConversationInfo info;
        store().saveConversation(info);
        const Message question = message(QStringLiteral("user"), QStringLiteral("hi"));
        Message answer = message(QStringLiteral("assistant"), QString());
        answer.state = MessageState::Streaming;
        answer.request = QJsonObject{{QStringLiteral("model"), QStringLiteral("m")}};
        store().saveMessage(info.uid, question, {});
        store().saveMessage(info.uid, answer, question.uid);
        answer.content = QStringLiteral("Hello there");
        answer.state = MessageState::Stopped;
        answer.request = {}; // an update never loses the request written first
        QVERIFY(store().saveMessage(info.uid, answer, question.uid));
        const QList<Message> branch = store().branch(info.uid);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(1).content, QStringLiteral("Hello there"));
        QCOMPARE(branch.at(1).state, MessageState::Stopped);
        QCOMPARE(store().request(answer.uid).value(QStringLiteral("model")).toString(), QStringLiteral("m"));
    }

    void versionAndLogprobsGrowWithTheStreamAndAreNeverErased()
    {
        ConversationInfo info;
        store().saveConversation(info);
        const Message question = message(QStringLiteral("user"), QStringLiteral("hi"));
        Message answer = message(QStringLiteral("assistant"), QStringLiteral("A"));
        answer.state = MessageState::Streaming;
        answer.logprobs = {TokenLogprob{QStringLiteral("A"), -0.5, {}}};
        QVERIFY(store().saveMessage(info.uid, question, {}));
        QVERIFY(store().saveMessage(info.uid, answer, question.uid));
        // The version arrived after the answer began; more tokens came.
        answer.serverVersion = QStringLiteral("0.9.2");
        answer.content = QStringLiteral("AB");
        answer.logprobs.append(
            TokenLogprob{QStringLiteral("B"), -1.5, {TopLogprob{QStringLiteral("C"), -2}}});
        QVERIFY(store().saveMessage(info.uid, answer, question.uid));
        // A later write without them (a message whose fields were not loaded) keeps them.
        Message bare = answer;
        bare.serverVersion.clear();
        bare.logprobs.clear();
        bare.state = MessageState::Complete;
        QVERIFY(store().saveMessage(info.uid, bare, question.uid));
        const Message read = store().branch(info.uid).at(1);
        QCOMPARE(read.serverVersion, QStringLiteral("0.9.2"));
        QCOMPARE(read.logprobs, answer.logprobs);
        QCOMPARE(read.state, MessageState::Complete);
    }

    void firstUserMessageNamesTheConversation()
    {
        ConversationInfo info;
        store().saveConversation(info);
        store().saveMessage(
            info.uid,
            message(QStringLiteral("user"),
                    QStringLiteral("  **How** do I configure   tensor parallelism on two nodes with "
                                   "vLLM and Ray, step by step?")),
            {});
        const QString title = store().conversation(info.uid)->title;
        QVERIFY2(title.startsWith(QStringLiteral("How do I configure tensor parallelism")),
                 qPrintable(title));
        QVERIFY(title.endsWith(QStringLiteral("…")));
        QVERIFY(title.size() <= 61);

        // Renamed: it stays; an empty name goes back to the automatic one.
        QVERIFY(store().rename(info.uid, QStringLiteral("  Ray   setup ")));
        QCOMPARE(store().conversation(info.uid)->title, QStringLiteral("Ray setup"));
        QVERIFY(store().conversation(info.uid)->titleSet);
        QVERIFY(store().rename(info.uid, QString()));
        QCOMPARE(store().conversation(info.uid)->title, title);
        QVERIFY(!store().conversation(info.uid)->titleSet);
    }

    void listIsPinnedFirstThenNewest()
    {
        const ConversationInfo a = conversationWithTurns(store(), QStringLiteral("a"), 1);
        QTest::qWait(5);
        const ConversationInfo b = conversationWithTurns(store(), QStringLiteral("b"), 1);
        QTest::qWait(5);
        const ConversationInfo c = conversationWithTurns(store(), QStringLiteral("c"), 1);
        auto titles = [this] {
            QStringList list;
            for (const ConversationInfo &info : store().conversations())
                list << info.title;
            return list;
        };
        QCOMPARE(titles(), (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
        QVERIFY(store().setPinned(a.uid, true));
        QCOMPARE(titles(), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        // A new message moves a conversation up.
        QTest::qWait(5);
        store().saveMessage(b.uid, message(QStringLiteral("user"), QStringLiteral("more")), {});
        QCOMPARE(titles(), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    }

    void deleteHidesUntilPurgedAndRestoreUndoes()
    {
        const ConversationInfo a = conversationWithTurns(store(), QStringLiteral("a"), 2);
        const ConversationInfo b = conversationWithTurns(store(), QStringLiteral("b"), 2);
        QVERIFY(store().remove(a.uid));
        QCOMPARE(store().conversations().size(), 1);
        QVERIFY(!store().conversation(a.uid));
        QVERIFY(store().restore(a.uid));
        QCOMPARE(store().conversations().size(), 2);
        QCOMPARE(store().branch(a.uid).size(), 4);

        QVERIFY(store().remove(a.uid));
        QCOMPARE(store().purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(-60)), 0); // too recent
        QCOMPARE(store().purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(1)), 1);
        QVERIFY(!store().restore(a.uid));
        QSqlQuery count(store().database().db());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM messages")) && count.next());
        QCOMPARE(count.value(0).toInt(), 4); // b's only: a's messages went with it
        QCOMPARE(store().branch(b.uid).size(), 4);
        QCOMPARE(integrity(databasePath(m_dir)), QStringLiteral("ok"));
    }

    void editingAndRegeneratingKeepEveryBranch()
    {
        // q1 a1 q2 a2, then q2 edited to q2b (answer a2b), then a2b regenerated (a2c).
        ConversationInfo info;
        store().saveConversation(info);
        const Message q1 = message(QStringLiteral("user"), QStringLiteral("q1"));
        const Message a1 = message(QStringLiteral("assistant"), QStringLiteral("a1"));
        const Message q2 = message(QStringLiteral("user"), QStringLiteral("q2"));
        const Message a2 = message(QStringLiteral("assistant"), QStringLiteral("a2"));
        store().saveMessage(info.uid, q1, {});
        store().saveMessage(info.uid, a1, q1.uid);
        store().saveMessage(info.uid, q2, a1.uid);
        store().saveMessage(info.uid, a2, q2.uid);

        const Message q2b = message(QStringLiteral("user"), QStringLiteral("q2b"));
        const Message a2b = message(QStringLiteral("assistant"), QStringLiteral("a2b"));
        store().saveMessage(info.uid, q2b, a1.uid);
        store().saveMessage(info.uid, a2b, q2b.uid);
        QList<Message> branch = store().branch(info.uid);
        QCOMPARE(contents(branch), (QStringList{QStringLiteral("q1"), QStringLiteral("a1"),
                                                QStringLiteral("q2b"), QStringLiteral("a2b")}));
        QCOMPARE(branch.at(2).siblingIndex, 1);
        QCOMPARE(branch.at(2).siblingCount, 2);
        QCOMPARE(branch.at(0).siblingCount, 1);
        QCOMPARE(store().siblingPlace(q2b.uid), qMakePair(1, 2));

        const Message a2c = message(QStringLiteral("assistant"), QStringLiteral("a2c"));
        store().saveMessage(info.uid, a2c, q2b.uid);
        branch = store().branch(info.uid);
        QCOMPARE(branch.last().content, QStringLiteral("a2c"));
        QCOMPARE(branch.last().siblingIndex, 1);
        QCOMPARE(branch.last().siblingCount, 2);

        // Back to the first version of the question: its own answer follows.
        const QList<Message> tail = store().selectSibling(info.uid, q2b.uid, 0);
        QCOMPARE(contents(tail), (QStringList{QStringLiteral("q2"), QStringLiteral("a2")}));
        QCOMPARE(tail.at(0).siblingIndex, 0);
        QCOMPARE(tail.at(0).siblingCount, 2);
        QCOMPARE(contents(store().branch(info.uid)),
                 (QStringList{QStringLiteral("q1"), QStringLiteral("a1"), QStringLiteral("q2"),
                              QStringLiteral("a2")}));

        // The conversation continues from the chosen branch, and the choice survives a reopen.
        const Message q3 = message(QStringLiteral("user"), QStringLiteral("q3"));
        store().saveMessage(info.uid, q3, a2.uid);
        m_store.reset();
        m_store = std::make_unique<ConversationStore>(databasePath(m_dir));
        QVERIFY(m_store->open().open);
        QCOMPARE(contents(store().branch(info.uid)),
                 (QStringList{QStringLiteral("q1"), QStringLiteral("a1"), QStringLiteral("q2"),
                              QStringLiteral("a2"), QStringLiteral("q3")}));
        // The other branch remembers its own latest choice (a2c, not a2b).
        QCOMPARE(contents(store().selectSibling(info.uid, q2.uid, 1)),
                 (QStringList{QStringLiteral("q2b"), QStringLiteral("a2c")}));
        // Out of range is clamped, not an error.
        QCOMPARE(store().selectSibling(info.uid, q2.uid, 7).first().content, QStringLiteral("q2b"));
        QCOMPARE(store().tree(info.uid).size(), 8);
    }

    void firstTurnCanHaveVersionsToo()
    {
        ConversationInfo info;
        store().saveConversation(info);
        const Message q1 = message(QStringLiteral("user"), QStringLiteral("first"));
        const Message q1b = message(QStringLiteral("user"), QStringLiteral("first, edited"));
        store().saveMessage(info.uid, q1, {});
        store().saveMessage(info.uid, q1b, {});
        QCOMPARE(contents(store().branch(info.uid)), QStringList{QStringLiteral("first, edited")});
        QCOMPARE(store().branch(info.uid).first().siblingCount, 2);
        const QList<Message> first = store().selectSibling(info.uid, q1b.uid, 0);
        QVERIFY2(!store().lastError().isError(), qPrintable(store().lastError().detail));
        QCOMPARE(contents(first), QStringList{QStringLiteral("first")});
        QCOMPARE(contents(store().branch(info.uid)), QStringList{QStringLiteral("first")});
    }

    void deletingAMessageKeepsWhatFollows()
    {
        ConversationInfo info;
        store().saveConversation(info);
        QStringList uids;
        QString parent;
        for (const QString &text :
             {QStringLiteral("q1"), QStringLiteral("a1"), QStringLiteral("q2"), QStringLiteral("a2")}) {
            const Message m = message(text.startsWith(QLatin1Char('q')) ? QStringLiteral("user")
                                                                        : QStringLiteral("assistant"),
                                      text);
            store().saveMessage(info.uid, m, parent);
            parent = m.uid;
            uids << m.uid;
        }
        QVERIFY(store().deleteMessage(uids.at(1)));
        QCOMPARE(contents(store().branch(info.uid)),
                 (QStringList{QStringLiteral("q1"), QStringLiteral("q2"), QStringLiteral("a2")}));
        // A first turn: what follows becomes the first.
        QVERIFY2(store().deleteMessage(uids.at(0)), qPrintable(store().lastError().detail));
        QCOMPARE(contents(store().branch(info.uid)),
                 (QStringList{QStringLiteral("q2"), QStringLiteral("a2")}));
        QVERIFY(store().deleteMessage(uids.at(3)));
        QCOMPARE(contents(store().branch(info.uid)), QStringList{QStringLiteral("q2")});
        QVERIFY(!store().deleteMessage(uids.at(3)));
        QCOMPARE(store().lastError().kind, StoreError::Kind::NotFound);
        QCOMPARE(integrity(databasePath(m_dir)), QStringLiteral("ok"));
        // The index forgot them too.
        QVERIFY(store().search(QStringLiteral("a1"), 10).isEmpty());
    }

    void duplicateCopiesEveryBranch()
    {
        ConversationInfo info = conversationWithTurns(store(), QStringLiteral("orig"), 2);
        const QList<Message> branch = store().branch(info.uid);
        store().saveMessage(info.uid, message(QStringLiteral("assistant"), QStringLiteral("other answer")),
                            branch.at(2).uid);
        const auto copy = store().duplicate(info.uid);
        QVERIFY(copy);
        QVERIFY(copy->uid != info.uid);
        QCOMPARE(copy->title, QStringLiteral("orig (copy)"));
        QCOMPARE(copy->model, info.model);
        QCOMPARE(contents(store().branch(copy->uid)), contents(store().branch(info.uid)));
        QCOMPARE(store().tree(copy->uid).size(), 5);
        QVERIFY(store().branch(copy->uid).first().uid != branch.first().uid);
        QCOMPARE(store().branch(copy->uid).last().siblingCount, 2);
    }

    void insertConversationOrdersParentsAndRepairsOrphans()
    {
        ConversationInfo info;
        info.title = QStringLiteral("imported");
        StoredMessage a{message(QStringLiteral("user"), QStringLiteral("a")), {}, true};
        StoredMessage b{message(QStringLiteral("assistant"), QStringLiteral("b")), a.message.uid, true};
        StoredMessage c{message(QStringLiteral("user"), QStringLiteral("c")), b.message.uid, true};
        StoredMessage orphan{message(QStringLiteral("user"), QStringLiteral("orphan")),
                             QStringLiteral("nowhere"), false};
        c.message.state = MessageState::Streaming; // no writer on import: interrupted
        QVERIFY(store().insertConversation(info, {c, orphan, b, a}));
        QCOMPARE(contents(store().branch(info.uid)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(store().branch(info.uid).last().state, MessageState::Interrupted);
        QCOMPARE(store().tree(info.uid).size(), 4);
        // Inserting the same uids again gives new ones rather than failing or overwriting.
        ConversationInfo again = info;
        QVERIFY(store().insertConversation(again, {a, b}));
        QVERIFY(again.uid != info.uid);
        QCOMPARE(store().tree(info.uid).size(), 4);
        QCOMPARE(store().tree(again.uid).size(), 2);
    }

    void streamingLeftByADeadProcessIsInterrupted()
    {
        ConversationInfo info;
        store().saveConversation(info);
        const Message q = message(QStringLiteral("user"), QStringLiteral("q"));
        Message ours = message(QStringLiteral("assistant"), QStringLiteral("partial"));
        ours.state = MessageState::Streaming;
        Message orphaned = ours;
        orphaned.uid = QStringLiteral("orphaned");
        Message live = ours;
        live.uid = QStringLiteral("live");
        store().saveMessage(info.uid, q, {});
        store().saveMessage(info.uid, ours, q.uid);
        store().saveMessage(info.uid, orphaned, q.uid);
        store().saveMessage(info.uid, live, q.uid);

        // A process that has exited, and one that is still running.
        const pid_t dead = fork();
        if (dead == 0)
            _exit(0);
        waitpid(dead, nullptr, 0);
        const pid_t alive = fork();
        if (alive == 0) {
            ::pause();
            _exit(0);
        }
        QVERIFY(store().database().exec(QStringLiteral("UPDATE messages SET writer_pid = ? WHERE uid = ?"),
                                        {qint64(dead), orphaned.uid}));
        QVERIFY(store().database().exec(QStringLiteral("UPDATE messages SET writer_pid = ? WHERE uid = ?"),
                                        {qint64(alive), live.uid}));

        QCOMPARE(store().markInterrupted({ours.uid}), 1);
        auto stateOf = [this](const QString &uid) {
            for (const StoredMessage &s : store().tree(store().conversations().first().uid)) {
                if (s.message.uid == uid)
                    return s.message.state;
            }
            return MessageState::Complete;
        };
        QCOMPARE(stateOf(orphaned.uid), MessageState::Interrupted);
        QCOMPARE(stateOf(ours.uid), MessageState::Streaming);
        QCOMPARE(stateOf(live.uid), MessageState::Streaming);
        // Our own stream that we no longer hold, and a live writer silent for too long.
        QVERIFY(store().database().exec(QStringLiteral("UPDATE messages SET updated_ms = 1 WHERE uid = ?"),
                                        {live.uid}));
        QCOMPARE(store().markInterrupted(), 2);
        QCOMPARE(stateOf(ours.uid), MessageState::Interrupted);
        QCOMPARE(stateOf(live.uid), MessageState::Interrupted);
        QCOMPARE(stateOf(ours.uid), MessageState::Interrupted);
        ::kill(alive, SIGKILL);
        waitpid(alive, nullptr, 0);
        // The text that had arrived is kept.
        QCOMPARE(store().branch(info.uid).last().content, QStringLiteral("partial"));
    }

    void searchQueryFromTypedText()
    {
        QCOMPARE(HistorySearch::ftsQuery(QStringLiteral("tensor paral")),
                 QStringLiteral("\"tensor\" \"paral\"*"));
        QCOMPARE(HistorySearch::ftsQuery(QStringLiteral("tensor ")), QStringLiteral("\"tensor\""));
        // Quotes, operators and column filters typed by the user are only words.
        QCOMPARE(HistorySearch::ftsQuery(QStringLiteral("\"a\" OR content:b -c*")),
                 QStringLiteral("\"a\" \"OR\" \"content\" \"b\" \"c\"*"));
        QCOMPARE(HistorySearch::ftsQuery(QStringLiteral("  ?! ")), QString());
        QVERIFY(store().search(QStringLiteral("\"unbalanced"), 10).isEmpty());
        QVERIFY(!store().lastError().isError());
    }

    void searchRanksTheBestConversationFirst()
    {
        // One mention in a long answer, three in a short one, and none.
        const QString filler = QStringLiteral("lorem ipsum dolor sit amet ").repeated(40);
        const ConversationInfo weak =
            conversationWithTurns(store(), QStringLiteral("weak"), 1, filler + QStringLiteral("kubernetes"));
        const ConversationInfo strong = conversationWithTurns(
            store(), QStringLiteral("strong"), 1, QStringLiteral("kubernetes kubernetes kubernetes pods"));
        conversationWithTurns(store(), QStringLiteral("none"), 2, QStringLiteral("docker"));
        QList<SearchHit> hits = store().search(QStringLiteral("kubernetes"), 10);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).conversation.uid, strong.uid);
        QCOMPARE(hits.at(1).conversation.uid, weak.uid);
        QVERIFY(hits.at(0).score < hits.at(1).score);
        QVERIFY2(hits.at(0).snippet.contains(QString(SearchHit::kMarkStart) + QStringLiteral("kubernetes") +
                                             SearchHit::kMarkEnd),
                 qPrintable(hits.at(0).snippet));
        QCOMPARE(hits.at(0).messageUid, store().branch(strong.uid).last().uid);

        // As typed: a prefix finds it; every word must be there; diacritics fold.
        QCOMPARE(store().search(QStringLiteral("kuber"), 10).size(), 2);
        QCOMPARE(store().search(QStringLiteral("kubernetes pods"), 10).size(), 1);
        QCOMPARE(store().search(QStringLiteral("KUBERNETES"), 10).size(), 2);
        conversationWithTurns(store(), QStringLiteral("café"), 1, QStringLiteral("un café crème"));
        QCOMPARE(store().search(QStringLiteral("cafe creme"), 10).size(), 1);

        // A title holding the words ranks first, even with no message holding them.
        const ConversationInfo named = conversationWithTurns(store(), QStringLiteral("Kubernetes notes"), 1);
        hits = store().search(QStringLiteral("kubernetes"), 10);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).conversation.uid, named.uid);

        // Deleted conversations are not found; the limit holds.
        store().remove(strong.uid);
        hits = store().search(QStringLiteral("kubernetes"), 10);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(store().search(QStringLiteral("kubernetes"), 1).size(), 1);

        // Edited text is searched as it now stands.
        Message changed = store().branch(weak.uid).last();
        changed.content = QStringLiteral("nothing relevant");
        store().saveMessage(weak.uid, changed, {});
        QCOMPARE(store().search(QStringLiteral("kubernetes"), 10).size(), 1);
    }

    void aWordFoundEverywhereComesNewestFirst()
    {
        const ConversationInfo old =
            conversationWithTurns(store(), QStringLiteral("old"), 3, QStringLiteral("common"));
        QTest::qWait(5);
        const ConversationInfo newer = conversationWithTurns(store(), QStringLiteral("newer"), 1,
                                                             QStringLiteral("common common common"));
        QTest::qWait(5);
        const ConversationInfo newest =
            conversationWithTurns(store(), QStringLiteral("newest"), 2, QStringLiteral("common"));
        // More matches than the ranking limit: the newest conversations first, one hit each.
        QList<SearchHit> hits = HistorySearch::run(store().database(), QStringLiteral("common"), 10, 2);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).conversation.uid, newest.uid);
        QCOMPARE(hits.at(1).conversation.uid, newer.uid);
        QCOMPARE(hits.at(2).conversation.uid, old.uid);
        QCOMPARE(hits.at(0).messageUid, store().branch(newest.uid).last().uid);
        QVERIFY(hits.at(0).snippet.contains(QString(SearchHit::kMarkStart) + QStringLiteral("common")));
        QCOMPARE(HistorySearch::run(store().database(), QStringLiteral("common"), 2, 2).size(), 2);
        // Under the limit, ranked as usual.
        hits = HistorySearch::run(store().database(), QStringLiteral("common"), 10);
        QCOMPARE(hits.first().conversation.uid, newer.uid);
    }

    void searchWithoutFullTextFallsBackToPlainMatching()
    {
        m_store.reset();
        QFile::remove(databasePath(m_dir));
        m_store = std::make_unique<ConversationStore>(databasePath(m_dir));
        StoreDatabase::Options options;
        options.fullTextSearch = false;
        const StoreStatus status = m_store->open(options);
        QVERIFY(status.open);
        QVERIFY(!status.fullTextSearch);
        QVERIFY(status.searchMissing);
        QVERIFY(status.notices().join(u' ').contains(QStringLiteral("FTS5")));
        conversationWithTurns(store(), QStringLiteral("one"), 1, QStringLiteral("a 100% match_here"));
        conversationWithTurns(store(), QStringLiteral("two"), 1, QStringLiteral("nothing"));
        const QList<SearchHit> hits = store().search(QStringLiteral("match"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).conversation.title, QStringLiteral("one"));
        QVERIFY(hits.at(0).snippet.contains(QString(SearchHit::kMarkStart) + QStringLiteral("match")));
        // LIKE's wildcards are escaped: "100%" is not "anything".
        QCOMPARE(store().search(QStringLiteral("100"), 10).size(), 1);
        QCOMPARE(store().search(QStringLiteral("two"), 10).size(), 1); // by title
    }

    void twoConnectionsWritingAtOnceLoseNothing()
    {
        ConversationInfo info;
        store().saveConversation(info);
        constexpr int kPerWriter = 150;
        auto writer = [&](const QString &tag, bool *ok) {
            ConversationStore mine(databasePath(m_dir));
            *ok = mine.open().writable;
            QString parent;
            for (int i = 0; i < kPerWriter && *ok; ++i) {
                Message m = message(QStringLiteral("user"), QStringLiteral("%1 %2").arg(tag).arg(i));
                *ok = mine.saveMessage(info.uid, m, parent);
                if (!*ok)
                    qWarning() << mine.lastError().detail;
                parent = m.uid;
            }
        };
        bool okA = false;
        bool okB = false;
        QThread *a = QThread::create(writer, QStringLiteral("alpha"), &okA);
        QThread *b = QThread::create(writer, QStringLiteral("beta"), &okB);
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        delete a;
        delete b;
        QVERIFY(okA);
        QVERIFY(okB);
        QCOMPARE(store().tree(info.uid).size(), 2 * kPerWriter);
        QCOMPARE(store().search(QStringLiteral("alpha"), 10).size(), 1);
        QCOMPARE(integrity(databasePath(m_dir)), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversationstore.moc"
