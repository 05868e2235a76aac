// ConversationRecorder: what the model gains reaches the store file, in order, while it streams
// and when it ends, and nothing is dropped when writing fails for a while.

#include "chatharness.h"
#include "store/conversationrecorder.h"
#include "store/conversationstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace StoreFixture;

class TestConversationRecorder : public QObject {
    Q_OBJECT

private slots:
    void aSentQuestionAndItsAnswerAreStored()
    {
        ChatHarness h;
        h.session->setSystemPrompt(QStringLiteral("Be terse."));
        h.session->setParams(QJsonObject{{QStringLiteral("temperature"), 0.4}});
        QSignalSpy stored(h.active->recorder(), &ConversationRecorder::conversationStored);
        QVERIFY(h.sendAndWait(QStringLiteral("What is paged attention?")));
        QCOMPARE(stored.count(), 1);
        QVERIFY(h.active->isStored());

        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        const QList<ConversationInfo> list = check.conversations();
        QCOMPARE(list.size(), 1);
        const ConversationInfo &info = list.first();
        QCOMPARE(info.uid, h.active->uid());
        QCOMPARE(info.title, QStringLiteral("What is paged attention?"));
        QCOMPARE(info.systemPrompt, QStringLiteral("Be terse."));
        QCOMPARE(info.params.value(QStringLiteral("temperature")).toDouble(), 0.4);
        QCOMPARE(info.model, QStringLiteral("sim-chat"));
        QCOMPARE(info.serverUrl, h.sim.config().baseUrl.toString());
        const QList<Message> branch = check.branch(info.uid);
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(0).uid, h.model->message(0).uid);
        QCOMPARE(branch.at(1).content, h.model->message(1).content);
        QCOMPARE(branch.at(1).state, MessageState::Complete);
        QCOMPARE(branch.at(1).metrics.completionTokens, h.model->message(1).metrics.completionTokens);
        QCOMPARE(check.request(branch.at(1).uid), h.model->message(1).request);
    }

    void aStreamingAnswerIsWrittenWhileItArrives()
    {
        ChatHarness h;
        QVERIFY(h.session->send(QStringLiteral("long one\n/sim tokens=600 delay=8")));
        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        bool sawPartial = false;
        while (h.session->isBusy()) {
            QTest::qWait(100);
            if (!h.active->isStored())
                continue;
            const QList<Message> branch = check.branch(h.active->uid());
            if (branch.size() == 2 && branch.at(1).state == MessageState::Streaming &&
                !branch.at(1).content.isEmpty() && h.session->isBusy()) {
                QVERIFY(h.model->message(1).content.startsWith(branch.at(1).content));
                sawPartial = true;
            }
        }
        QVERIFY2(sawPartial, "the answer was only written at its end");
        QVERIFY(h.waitIdle());
        const QList<Message> branch = check.branch(h.active->uid());
        QCOMPARE(branch.at(1).state, MessageState::Complete);
        QCOMPARE(branch.at(1).content, h.model->message(1).content);
    }

    void stoppedAndFailedAnswersKeepTheirEnd()
    {
        ChatHarness h;
        QVERIFY(h.sendAndWait(QStringLiteral("/sim fault=error-event-after:4")));
        QVERIFY(h.session->send(QStringLiteral("long\n/sim tokens=4000 delay=5")));
        QTRY_VERIFY_WITH_TIMEOUT(!h.model->message(3).content.isEmpty(), 10000);
        h.session->stop();
        QVERIFY(h.waitIdle());
        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        const QList<Message> branch = check.branch(h.active->uid());
        QCOMPARE(branch.size(), 4);
        QCOMPARE(branch.at(1).state, MessageState::Failed);
        QCOMPARE(branch.at(1).errorText, h.model->message(1).errorText);
        QVERIFY(!branch.at(1).errorText.isEmpty());
        QCOMPARE(branch.at(3).state, MessageState::Stopped);
        QCOMPARE(branch.at(3).content, h.model->message(3).content);
    }

    void writesThatFailAreKeptAndRetried()
    {
        ChatHarness h;
        QSignalSpy opened(h.store.get(), &AsyncStore::opened);
        QVERIFY(opened.wait(5000));
        QSignalSpy problems(h.store.get(), &AsyncStore::saveProblemChanged);
        // The disk "fills": nothing can be written.
        h.store->post(
            [](ConversationStore &s) { s.database().exec(QStringLiteral("PRAGMA max_page_count = 1")); });
        const QString question = QStringLiteral("first ") + QStringLiteral("x").repeated(300000);
        QVERIFY(h.session->send(question));
        QVERIFY(problems.wait(10000));
        QCOMPARE(problems.last().at(0).value<StoreError>().kind, StoreError::Kind::DiskFull);
        QTRY_VERIFY_WITH_TIMEOUT(!h.session->isBusy(), 15000);
        QVERIFY(h.active->recorder()->hasPendingWrites());
        // Space again: the retry writes everything, the conversation record first.
        h.store->post([](ConversationStore &s) {
            s.database().exec(QStringLiteral("PRAGMA max_page_count = 1000000"));
        });
        QVERIFY(problems.wait(ConversationRecorder::kRetryMs * 3));
        QVERIFY(!problems.last().at(0).value<StoreError>().isError());
        QVERIFY(h.waitIdle());
        ConversationStore check(h.path());
        QVERIFY(check.open().open);
        const QList<Message> branch = check.branch(h.active->uid());
        QCOMPARE(branch.size(), 2);
        QCOMPARE(branch.at(0).content, question);
        QCOMPARE(branch.at(1).content, h.model->message(1).content);
        // Too long for the simulator's context: its refusal is what is kept.
        QCOMPARE(branch.at(1).state, MessageState::Failed);
        QCOMPARE(branch.at(1).errorText, h.model->message(1).errorText);
    }

    void loadedRowsAreNotWrittenBack()
    {
        ChatHarness h;
        QVERIFY(h.sendAndWait(QStringLiteral("hello")));
        QSignalSpy written(h.active->recorder(), &ConversationRecorder::written);
        h.active->recorder()->setPaused(true);
        h.model->appendMessages({message(QStringLiteral("user"), QStringLiteral("not from the user"))});
        h.active->recorder()->setPaused(false);
        QVERIFY(!h.active->recorder()->hasPendingWrites());
        QVERIFY(!written.wait(300));
    }
};

QTEST_GUILESS_MAIN(TestConversationRecorder)
#include "tst_conversationrecorder.moc"
