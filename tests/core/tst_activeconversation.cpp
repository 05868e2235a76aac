// ActiveConversation: opening a stored conversation restores its branch and settings; editing
// and regenerating keep the old versions with "n / m" places; switching versions continues from
// the chosen one; deleting a message; an answer left streaming by a dead process opens as
// interrupted.

#include "chatharness.h"
#include "store/conversationrecorder.h"
#include "store/conversationstore.h"

#include <QSignalSpy>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace StoreFixture;

namespace {
QStringList contents(const ConversationModel &model)
{
    QStringList list;
    for (const Message &m : model.messages())
        list << m.content;
    return list;
}
} // namespace

class TestActiveConversation : public QObject {
    Q_OBJECT

private slots:
    void openingRestoresTheBranchAndTheSettings()
    {
        ChatHarness h;
        QString uid;
        {
            ConversationStore store(h.path());
            QVERIFY(store.open().open);
            ConversationInfo info = conversationWithTurns(store, QStringLiteral("kept"), 3);
            info.systemPrompt = QStringLiteral("Answer in French.");
            info.params = QJsonObject{{QStringLiteral("top_k"), 20}};
            info.model = QStringLiteral("sim-reasoner");
            QVERIFY(store.saveConversation(info));
            uid = info.uid;
        }
        QSignalSpy opened(h.active.get(), &ActiveConversation::opened);
        QSignalSpy settings(h.session.get(), &ChatSession::settingsChanged);
        h.active->open(uid);
        QVERIFY(opened.wait(5000));
        const auto info = opened.first().at(0).value<ConversationInfo>();
        QCOMPARE(info.uid, uid);
        QCOMPARE(info.model, QStringLiteral("sim-reasoner")); // for the window to pick
        QCOMPARE(h.model->rowCount(), 6);
        QCOMPARE(h.model->message(5).content, QStringLiteral("Answer 2 "));
        QCOMPARE(h.session->systemPrompt(), QStringLiteral("Answer in French."));
        QCOMPARE(h.session->params().value(QStringLiteral("top_k")).toInt(), 20);
        QVERIFY(settings.count() >= 2);
        QVERIFY(h.active->isStored());
        QCOMPARE(h.active->uid(), uid);
        // Loading wrote nothing back.
        QVERIFY(!h.active->recorder()->hasPendingWrites());

        // The conversation goes on where it was.
        QVERIFY(h.sendAndWait(QStringLiteral("and then?")));
        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        QCOMPARE(check.branch(uid).size(), 8);
        QCOMPARE(check.conversations().size(), 1);
        QCOMPARE(check.conversations().first().systemPrompt, QStringLiteral("Answer in French."));
    }

    void openingSomethingMissingSaysSo()
    {
        ChatHarness h;
        QSignalSpy failed(h.active.get(), &ActiveConversation::failed);
        h.active->open(QStringLiteral("no-such-conversation"));
        QVERIFY(failed.wait(5000));
        QVERIFY(!failed.first().at(0).toString().isEmpty());
    }

    void editsAndRegenerationsAreVersionsToSwitchBetween()
    {
        ChatHarness h;
        QVERIFY(h.sendAndWait(QStringLiteral("q1")));
        QVERIFY(h.sendAndWait(QStringLiteral("q2")));
        const QString oldAnswer = h.model->message(3).content;

        QVERIFY(h.session->resend(2, QStringLiteral("q2 edited")));
        QVERIFY(h.waitIdle());
        QTRY_COMPARE(h.model->message(2).siblingCount, 2);
        QCOMPARE(h.model->message(2).siblingIndex, 1);
        QCOMPARE(h.model->message(3).siblingCount, 1);

        QVERIFY(h.session->regenerate(3));
        QVERIFY(h.waitIdle());
        QTRY_COMPARE(h.model->message(3).siblingCount, 2);
        QCOMPARE(h.model->message(3).siblingIndex, 1);

        // Back to the first version of the question: its own answer comes with it.
        QVERIFY(!h.active->showSibling(2, +1)); // already the last one
        QVERIFY(h.active->showSibling(2, -1));
        QTRY_COMPARE(h.model->message(2).content, QStringLiteral("q2"));
        QCOMPARE(h.model->rowCount(), 4);
        QCOMPARE(h.model->message(3).content, oldAnswer);
        QCOMPARE(h.model->message(2).siblingIndex, 0);
        QCOMPARE(h.model->message(2).siblingCount, 2);

        // Sending continues from the branch shown.
        QVERIFY(h.sendAndWait(QStringLiteral("q3")));
        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        QStringList stored;
        for (const Message &m : check.branch(h.active->uid()))
            stored << m.content;
        QCOMPARE(stored, contents(*h.model));
        QCOMPARE(stored.at(2), QStringLiteral("q2"));
        QCOMPARE(check.tree(h.active->uid()).size(), 9);

        // Reopened, the choice holds; the other version remembers its regenerated answer.
        QSignalSpy opened(h.active.get(), &ActiveConversation::opened);
        h.active->open(h.active->uid());
        QVERIFY(opened.wait(5000));
        QCOMPARE(contents(*h.model), stored);
        QVERIFY(h.active->showSibling(2, +1));
        QTRY_COMPARE(h.model->message(2).content, QStringLiteral("q2 edited"));
        QCOMPARE(h.model->rowCount(), 4);
        QCOMPARE(h.model->message(3).siblingIndex, 1);
    }

    void switchingIsRefusedWhileAnAnswerStreams()
    {
        ChatHarness h;
        QVERIFY(h.sendAndWait(QStringLiteral("q1")));
        QVERIFY(h.session->resend(0, QStringLiteral("q1b\n/sim tokens=3000 delay=5")));
        QTRY_COMPARE_WITH_TIMEOUT(h.model->message(0).siblingCount, 2, 5000);
        QVERIFY(h.session->isBusy());
        QVERIFY(!h.active->showSibling(0, -1));
        QVERIFY(!h.active->deleteMessage(0));
        h.session->stop();
        QVERIFY(h.waitIdle());
        QVERIFY(h.active->showSibling(0, -1));
        QTRY_COMPARE(h.model->message(0).content, QStringLiteral("q1"));
    }

    void deletingAMessageKeepsTheRest()
    {
        ChatHarness h;
        QVERIFY(h.sendAndWait(QStringLiteral("q1")));
        QVERIFY(h.sendAndWait(QStringLiteral("q2")));
        const QStringList before = contents(*h.model);
        QSignalSpy changed(h.active.get(), &ActiveConversation::historyChanged);
        QVERIFY(h.active->deleteMessage(1));
        QTRY_COMPARE(h.model->rowCount(), 3);
        QCOMPARE(contents(*h.model), (QStringList{before.at(0), before.at(2), before.at(3)}));
        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        QCOMPARE(check.tree(h.active->uid()).size(), 3);
        QVERIFY(changed.count() >= 1);
    }

    void anAnswerLeftStreamingOpensInterrupted()
    {
        ChatHarness h;
        QString uid;
        {
            ConversationStore store(h.path());
            QVERIFY(store.open().open);
            ConversationInfo info;
            store.saveConversation(info);
            uid = info.uid;
            const Message q = message(QStringLiteral("user"), QStringLiteral("q"));
            Message a = message(QStringLiteral("assistant"), QStringLiteral("half an ans"));
            a.state = MessageState::Streaming;
            store.saveMessage(uid, q, {});
            store.saveMessage(uid, a, q.uid);
            const pid_t gone = fork();
            if (gone == 0)
                _exit(0);
            waitpid(gone, nullptr, 0);
            store.database().exec(QStringLiteral("UPDATE messages SET writer_pid = ? WHERE uid = ?"),
                                  {qint64(gone), a.uid});
        }
        QSignalSpy opened(h.active.get(), &ActiveConversation::opened);
        h.active->open(uid);
        QVERIFY(opened.wait(5000));
        QCOMPARE(h.model->message(1).state, MessageState::Interrupted);
        QCOMPARE(h.model->message(1).content, QStringLiteral("half an ans"));
    }

    void newConversationsAreStoredWithTheirFirstMessage()
    {
        ChatHarness h;
        QVERIFY(h.sendAndWait(QStringLiteral("first conversation")));
        const QString first = h.active->uid();
        QSignalSpy started(h.active.get(), &ActiveConversation::started);
        h.active->startNew();
        QCOMPARE(started.count(), 1);
        QCOMPARE(h.model->rowCount(), 0);
        QVERIFY(h.active->uid() != first);
        QVERIFY(!h.active->isStored());
        {
            ConversationStore check(h.path());
            QVERIFY(check.open().open);
            QCOMPARE(check.conversations().size(), 1); // an empty one is not kept
        }
        QVERIFY(h.sendAndWait(QStringLiteral("second conversation")));
        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        QCOMPARE(check.conversations().size(), 2);
        QCOMPARE(check.conversations().first().title, QStringLiteral("second conversation"));
    }

    void theRequestOfALoadedAnswerIsFetched()
    {
        ChatHarness h;
        QVERIFY(h.sendAndWait(QStringLiteral("q")));
        const QJsonObject sent = h.model->message(1).request;
        QSignalSpy opened(h.active.get(), &ActiveConversation::opened);
        h.active->open(h.active->uid());
        QVERIFY(opened.wait(5000));
        QVERIFY(h.model->message(1).request.isEmpty()); // not loaded with the branch
        QJsonObject fetched;
        bool done = false;
        h.active->fetchRequest(1, this, [&](const QJsonObject &request) {
            fetched = request;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(fetched, sent);
    }

    void choicesOfTheUserAreKept()
    {
        ChatHarness h;
        QVERIFY(h.sendAndWait(QStringLiteral("q")));
        h.active->noteModelChosen(QStringLiteral("sim-lora"));
        h.active->notePreset(QStringLiteral("Creative"));
        h.session->setSystemPrompt(QStringLiteral("Short answers."));
        QTest::qWait(ConversationRecorder::kSettingsWriteMs + 100);
        QVERIFY(h.waitIdle());
        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        const ConversationInfo info = *check.conversation(h.active->uid());
        QCOMPARE(info.model, QStringLiteral("sim-lora"));
        QCOMPARE(info.preset, QStringLiteral("Creative"));
        QCOMPARE(info.systemPrompt, QStringLiteral("Short answers."));
    }
};

QTEST_GUILESS_MAIN(TestActiveConversation)
#include "tst_activeconversation.moc"
