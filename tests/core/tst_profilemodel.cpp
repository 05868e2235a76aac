#include "settings/profilemodel.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
ServerProfile make(const QString &name, const QString &url)
{
    ServerProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(url);
    return profile;
}
} // namespace

// Profiles: add, edit, duplicate, delete, the active one, and their life in a real settings file.
class TestProfileModel final : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("loquat-%1.conf").arg(++m_counter));
    }

    void addEditDuplicateRemove()
    {
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileModel model(&settings);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy active(&model, &ProfileModel::activeProfileChanged);
        QVERIFY(model.isEmpty());

        const QString lab = model.add(make(QStringLiteral("Lab"), QStringLiteral("http://lab:8000/v1")));
        QVERIFY(!lab.isEmpty());
        QCOMPARE(model.activeId(), lab); // the first profile becomes the active one
        QCOMPARE(active.count(), 1);
        const QString box = model.add(make(QStringLiteral("Box"), QStringLiteral("https://box/v1")));
        QCOMPARE(model.activeId(), lab);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1)).toString(), QStringLiteral("Box"));
        QCOMPARE(model.data(model.index(1), ProfileModel::IdRole).toString(), box);
        QCOMPARE(model.data(model.index(1), ProfileModel::BaseUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://box/v1")));
        QVERIFY(model.data(model.index(0), ProfileModel::ActiveRole).toBool());

        // Names stay unique, case-insensitively.
        const QString lab2 = model.add(make(QStringLiteral("lab"), QStringLiteral("http://lab2:8000/v1")));
        QCOMPARE(model.find(lab2)->name, QStringLiteral("lab (2)"));
        QCOMPARE(model.findByName(QStringLiteral("LAB"))->id, lab);

        ServerProfile edited = *model.find(box);
        edited.defaultModel = QStringLiteral("qwen3-8b");
        edited.firstByteTimeoutMs = 30'000;
        edited.extraHeaders = {{"X-Team", "nlp"}};
        QSignalSpy updated(&model, &ProfileModel::profileUpdated);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.update(edited));
        QCOMPARE(updated.count(), 1);
        QCOMPARE(dataChanged.count(), 1);
        QCOMPARE(*model.find(box), edited);
        edited.name = QStringLiteral("Lab"); // taken
        QVERIFY(!model.update(edited));
        QCOMPARE(model.find(box)->name, QStringLiteral("Box"));

        const QString copy = model.duplicate(box);
        QCOMPARE(model.rowOf(copy), model.rowOf(box) + 1);
        QCOMPARE(model.find(copy)->name, QStringLiteral("Box (copy)"));
        QCOMPARE(model.find(copy)->defaultModel, QStringLiteral("qwen3-8b"));
        QVERIFY(model.find(copy)->id != box);
        QCOMPARE(model.find(model.duplicate(box))->name, QStringLiteral("Box (copy) (2)"));

        QVERIFY(model.setActiveId(box));
        QCOMPARE(active.count(), 2);
        QVERIFY(!model.data(model.index(model.rowOf(lab)), ProfileModel::ActiveRole).toBool());
        QVERIFY(!model.setActiveId(QStringLiteral("no-such-id")));

        // Removing the active profile activates its neighbour.
        QSignalSpy removed(&model, &ProfileModel::profileRemoved);
        const QString next = model.idAt(model.rowOf(box) + 1);
        QVERIFY(model.remove(box));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.activeId(), next);
        QVERIFY(!model.find(box));
        QVERIFY(!model.remove(box));
    }

    void survivesARestart()
    {
        QString lab;
        ServerProfile full;
        {
            QSettings settings(m_path, QSettings::IniFormat);
            ProfileModel model(&settings);
            lab = model.add(make(QStringLiteral("Lab"), QStringLiteral("http://lab:8000/v1")));
            full = make(QStringLiteral("Cluster"), QStringLiteral("https://gpu.example.org/team/v1"));
            full.defaultModel = QStringLiteral("meta-llama/Llama-3.1-8B-Instruct");
            full.firstByteTimeoutMs = 5000;
            full.idleTimeoutMs = 60'000;
            full.extraHeaders = {{"X-Team", "nlp"}, {"X-Route", "a=b; c"}};
            full.trustedCertificateSha256 = QByteArray(64, 'a');
            full.serveCommand = QStringLiteral("vllm serve Qwen/Qwen3-8B --port 8001");
            full.id = model.add(full);
            model.setActiveId(full.id);
            settings.sync();
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileModel model(&settings);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.activeId(), full.id);
        QCOMPARE(*model.find(full.id), full);
        QCOMPARE(model.find(lab)->name, QStringLiteral("Lab"));
    }

    void readsTheSingleServerOfOlderVersions()
    {
        {
            QSettings settings(m_path, QSettings::IniFormat);
            settings.setValue(QStringLiteral("server/baseUrl"), QStringLiteral("http://gpu-box:8001/v1"));
            settings.setValue(QStringLiteral("server/model"), QStringLiteral("sim-reasoner"));
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileModel model(&settings);
        QCOMPARE(model.rowCount(), 1);
        const ServerProfile *profile = model.active();
        QVERIFY(profile);
        QCOMPARE(profile->name, QStringLiteral("gpu-box:8001"));
        QCOMPARE(profile->baseUrl, QUrl(QStringLiteral("http://gpu-box:8001/v1")));
        QCOMPARE(profile->defaultModel, QStringLiteral("sim-reasoner"));
        // Saved as a profile, the old keys go (so deleting every profile does not bring it back).
        model.add(make(QStringLiteral("Other"), QStringLiteral("http://o/v1")));
        QVERIFY(!settings.contains(QStringLiteral("server/baseUrl")));
        model.remove(model.idAt(0));
        model.remove(model.idAt(0));
        ProfileModel reloaded(&settings);
        QVERIFY(reloaded.isEmpty());
        QVERIFY(reloaded.activeId().isEmpty());
    }

    void damagedEntriesAreSkipped()
    {
        {
            QSettings settings(m_path, QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("profiles/list"));
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("id"), QStringLiteral("a"));
            settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("not a url at all"));
            settings.setArrayIndex(1);
            settings.setValue(QStringLiteral("id"), QStringLiteral("b"));
            settings.setValue(QStringLiteral("baseUrl"), QStringLiteral("box:9000"));
            settings.setValue(QStringLiteral("firstByteTimeoutMs"), QStringLiteral("-4"));
            settings.endArray();
            settings.setValue(QStringLiteral("profiles/active"), QStringLiteral("gone"));
        }
        QSettings settings(m_path, QSettings::IniFormat);
        ProfileModel model(&settings);
        QCOMPARE(model.rowCount(), 1);
        const ServerProfile *b = model.find(QStringLiteral("b"));
        QVERIFY(b);
        QCOMPARE(b->baseUrl, QUrl(QStringLiteral("http://box:9000/v1")));
        QCOMPARE(b->name, QStringLiteral("box:9000"));
        QCOMPARE(b->firstByteTimeoutMs, ServerConfig::kDefaultTimeoutMs);
        QCOMPARE(model.activeId(), QStringLiteral("b"));
    }

    void withoutSettingsNothingIsWritten()
    {
        ProfileModel model(nullptr);
        model.add(make(QStringLiteral("Memory"), QStringLiteral("http://m/v1")));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!QFile::exists(m_path));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestProfileModel)
#include "tst_profilemodel.moc"
