#include "chat/conversationmodel.h"

#include <QSignalSpy>
#include <QTest>

class TestConversationModel : public QObject {
    Q_OBJECT

private slots:
    void appendAssignsUniqueIdsAndRows()
    {
        ConversationModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Message a;
        a.role = QStringLiteral("user");
        a.content = QStringLiteral("hi");
        QCOMPARE(model.append(a), 0);
        QCOMPARE(model.append(a), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.message(0).id != 0);
        QVERIFY(model.message(0).id != model.message(1).id);
        QVERIFY(model.message(0).created.isValid());
        QCOMPARE(model.rowOfId(model.message(1).id), 1);
        QCOMPARE(model.rowOfId(987654), -1);
    }

    void updateBumpsRevisionAndSignalsOneRow()
    {
        ConversationModel model;
        Message m;
        m.role = QStringLiteral("assistant");
        model.append(m);
        model.append(m);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const quint64 before = model.message(1).revision;
        model.update(1, [](Message &msg) { msg.content += QStringLiteral("token"); });
        QCOMPARE(model.message(1).content, QStringLiteral("token"));
        QCOMPARE(model.message(1).revision, before + 1);
        QCOMPARE(changed.count(), 1);
        const auto args = changed.takeFirst();
        QCOMPARE(args.at(0).toModelIndex().row(), 1);
        QCOMPARE(args.at(1).toModelIndex().row(), 1);
        QCOMPARE(model.data(model.index(1), ConversationModel::ContentRole).toString(),
                 QStringLiteral("token"));
        QCOMPARE(model.data(model.index(1), ConversationModel::RoleRole).toString(),
                 QStringLiteral("assistant"));

        model.update(5, [](Message &msg) { msg.content = QStringLiteral("never"); }); // out of range: ignored
        QCOMPARE(changed.count(), 0);
    }

    void appendGivesAUidUnlessItHasOne()
    {
        ConversationModel model;
        Message fresh;
        Message stored;
        stored.uid = QStringLiteral("from-the-store");
        model.append(fresh);
        model.append(stored);
        QVERIFY(!model.message(0).uid.isEmpty());
        QCOMPARE(model.message(1).uid, QStringLiteral("from-the-store"));
        QVERIFY(model.message(0).uid != model.message(1).uid);
    }

    void setAndAppendManyAtOnce()
    {
        ConversationModel model;
        model.append(Message{});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QList<Message> loaded(3);
        loaded[1].uid = QStringLiteral("kept");
        model.setMessages(loaded);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.message(1).uid, QStringLiteral("kept"));
        QVERIFY(model.message(0).id != 0 && model.message(0).id != model.message(2).id);
        model.appendMessages(QList<Message>(4));
        QCOMPARE(inserted.count(), 1); // one insertion for the lot
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(inserted.first().at(2).toInt(), 6);
        QCOMPARE(model.rowCount(), 7);
        model.appendMessages({});
        QCOMPARE(inserted.count(), 1);
    }

    void removeFromAndClear()
    {
        ConversationModel model;
        for (int i = 0; i < 4; ++i)
            model.append(Message{});
        model.removeFrom(2);
        QCOMPARE(model.rowCount(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConversationModel)
#include "tst_conversationmodel.moc"
