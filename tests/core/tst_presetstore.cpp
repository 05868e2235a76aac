// PresetStore (core/sampling): built-ins, the user's presets and per-model defaults, round-tripped
// through a real presets.json in a temporary directory.

#include "sampling/presetstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestPresetStore final : public QObject {
    Q_OBJECT

private slots:
    void builtInsPresent()
    {
        QTemporaryDir dir;
        PresetStore store(dir.filePath(QStringLiteral("presets.json")));
        QStringList names;
        for (const SamplingPreset &p : store.presets())
            names.append(p.name);
        QCOMPARE(names, (QStringList{QStringLiteral("Precise"), QStringLiteral("Balanced"),
                                     QStringLiteral("Creative")}));
        for (const SamplingPreset &p : store.presets()) {
            QVERIFY(p.builtIn);
            QVERIFY(p.params.contains(QLatin1String("temperature")));
        }
        QVERIFY(
            store.find(QStringLiteral("Precise"))->params.value(QLatin1String("temperature")).toDouble() <
            store.find(QStringLiteral("Creative"))->params.value(QLatin1String("temperature")).toDouble());
        QVERIFY(!QFile::exists(store.path())); // nothing written until something changes
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/presets.json"));
        const QJsonObject params{{QStringLiteral("temperature"), 0.4},
                                 {QStringLiteral("stop"), QJsonArray{QStringLiteral("END")}},
                                 {QStringLiteral("chat_template_kwargs"),
                                  QJsonObject{{QStringLiteral("enable_thinking"), false}}}};
        {
            PresetStore store(path);
            QSignalSpy changed(&store, &PresetStore::changed);
            QString error;
            QVERIFY(store.save(QStringLiteral("Mine"), params, &error));
            QVERIFY(store.save(QStringLiteral("Other"), {{QStringLiteral("seed"), 7}}, &error));
            QVERIFY(store.rename(QStringLiteral("Other"), QStringLiteral("Seeded"), &error));
            store.setDefaultFor(QStringLiteral("sim-chat"), QStringLiteral("Seeded"));
            store.setDefaultFor(QStringLiteral("sim-reasoner"), QStringLiteral("Precise"));
            QCOMPARE(changed.count(), 5);
            store.waitForWrites();
        }
        PresetStore reopened(path);
        QVERIFY(reopened.loadError().isEmpty());
        QCOMPARE(reopened.presets().size(), 5);
        QCOMPARE(reopened.find(QStringLiteral("Mine"))->params, params);
        QVERIFY(!reopened.find(QStringLiteral("Mine"))->builtIn);
        QCOMPARE(reopened.find(QStringLiteral("Seeded"))->params, (QJsonObject{{QStringLiteral("seed"), 7}}));
        QCOMPARE(reopened.find(QStringLiteral("Other")), nullptr);
        QCOMPARE(reopened.defaultFor(QStringLiteral("sim-chat")), QStringLiteral("Seeded"));
        QCOMPARE(reopened.defaultFor(QStringLiteral("sim-reasoner")), QStringLiteral("Precise"));
        QCOMPARE(reopened.defaultFor(QStringLiteral("unknown")), QString());

        // Deleting a preset clears the defaults that named it; overwriting keeps its place.
        QString error;
        QVERIFY(reopened.save(QStringLiteral("Mine"), {{QStringLiteral("top_k"), 5}}, &error));
        QVERIFY(reopened.remove(QStringLiteral("Seeded"), &error));
        reopened.waitForWrites();
        PresetStore third(path);
        QCOMPARE(third.presets().size(), 4);
        QCOMPARE(third.presets().last().name, QStringLiteral("Mine"));
        QCOMPARE(third.find(QStringLiteral("Mine"))->params, (QJsonObject{{QStringLiteral("top_k"), 5}}));
        QCOMPARE(third.defaultFor(QStringLiteral("sim-chat")), QString());
        QCOMPARE(third.defaultFor(QStringLiteral("sim-reasoner")), QStringLiteral("Precise"));
    }

    void refusals()
    {
        QTemporaryDir dir;
        PresetStore store(dir.filePath(QStringLiteral("presets.json")));
        QString error;
        QVERIFY(!store.save(QStringLiteral("  "), {}, &error));
        QCOMPARE(error, QStringLiteral("Give the preset a name."));
        QVERIFY(!store.save(QStringLiteral("balanced"), {}, &error));
        QCOMPARE(error, QStringLiteral("\"balanced\" is a built-in preset; choose another name."));
        QVERIFY(!store.rename(QStringLiteral("Precise"), QStringLiteral("Exact"), &error));
        QCOMPARE(error, QStringLiteral("Built-in presets cannot be renamed."));
        QVERIFY(!store.remove(QStringLiteral("Creative"), &error));
        QCOMPARE(error, QStringLiteral("Built-in presets cannot be deleted."));
        QVERIFY(!store.remove(QStringLiteral("Nope"), &error));
        QCOMPARE(error, QStringLiteral("There is no preset \"Nope\"."));
        QVERIFY(store.save(QStringLiteral("A"), {}, &error));
        QVERIFY(store.save(QStringLiteral("B"), {}, &error));
        QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral("B"), &error));
        QCOMPARE(error, QStringLiteral("A preset named \"B\" already exists."));
        QVERIFY(!store.rename(QStringLiteral("A"), QStringLiteral("Creative"), &error));
        QCOMPARE(store.presets().size(), 5);
    }

    void dataDirectoryFromEnvironment()
    {
        QTemporaryDir dir;
        qputenv("LOQUAT_DATA_DIR", dir.path().toUtf8());
        QCOMPARE(PresetStore::dataDirectory(), dir.path());
        {
            PresetStore store;
            QCOMPARE(store.path(), dir.filePath(QStringLiteral("presets.json")));
            QString error;
            QVERIFY(store.save(QStringLiteral("Env"), {{QStringLiteral("n"), 2}}, &error));
        }
        qunsetenv("LOQUAT_DATA_DIR");
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("presets.json"))));
        QFile file(dir.filePath(QStringLiteral("presets.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(
            root.value(QLatin1String("presets")).toArray().first().toObject().value(QLatin1String("name")),
            QJsonValue(QStringLiteral("Env")));
    }

    void unreadableFileKeptAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("presets.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"presets\": [ broken");
        file.close();
        PresetStore store(path);
        QVERIFY(store.loadError().contains(QStringLiteral("presets.json.broken")));
        QCOMPARE(store.presets().size(), 3);
        QVERIFY(QFile::exists(path + QStringLiteral(".broken")));
        QVERIFY(!QFile::exists(path));
    }

    void writeFailureReported()
    {
        QTemporaryDir dir;
        // A directory where the file should be: QSaveFile cannot commit over it.
        const QString path = dir.filePath(QStringLiteral("presets.json"));
        QVERIFY(QDir().mkpath(path));
        PresetStore store(path);
        QSignalSpy failed(&store, &PresetStore::writeFailed);
        QString error;
        QVERIFY(store.save(QStringLiteral("Lost"), {}, &error));
        store.waitForWrites();
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(path));
        // The preset is still usable for this session.
        QVERIFY(store.find(QStringLiteral("Lost")));
    }
};

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_presetstore.moc"
