// loquat-cli profiles list|add|remove|set-key and --profile, as a separate process sharing the
// app's settings file and the real keychain (gnome-keyring in the test's private D-Bus session):
// the key is read from standard input, stored only in the keychain, sent to its profile's
// server, and written nowhere else.

#include "settings/profilemodel.h"
#include "simfixture.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

namespace {
constexpr int kWaitMs = 30000;
const QByteArray kKey = "sk-cli-profile-7f3a9c21";

struct Run {
    int status = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestCliProfiles : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<QTemporaryDir> m_config; // XDG_CONFIG_HOME of the CLI: the app's settings file
    std::unique_ptr<QTemporaryDir> m_data;

    QString cli() const { return qEnvironmentVariable("LOQUAT_CLI"); }
    QString settingsFile() const { return m_config->filePath(QStringLiteral("Loquat/Loquat.conf")); }

    Run run(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LOQUAT_URL", "LOQUAT_API_KEY", "VLLM_API_KEY", "OPENAI_API_KEY"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
        env.insert(QStringLiteral("LOQUAT_DATA_DIR"), m_data->path());
        process.setProcessEnvironment(env);
        process.start(cli(), arguments);
        Run result;
        if (!process.waitForStarted(kWaitMs))
            return result;
        process.write(input);
        process.closeWriteChannel();
        QSignalSpy finished(&process, &QProcess::finished);
        if (!finished.wait(kWaitMs))
            process.kill();
        result.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QString simUrl() const { return m_sim->sim().baseUrl().toString(); }

private slots:
    void init()
    {
        QVERIFY2(QFile::exists(cli()), "LOQUAT_CLI must name the loquat-cli binary");
        SimOptions options;
        options.apiKey = QString::fromLatin1(kKey);
        m_sim = std::make_unique<SimFixture>(options);
        QVERIFY(m_sim->isListening());
        m_config = std::make_unique<QTemporaryDir>();
        m_data = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        // The key leaves the shared test keyring with its profile.
        if (m_config && QFile::exists(settingsFile()))
            run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Lab box")});
        m_sim.reset();
        m_config.reset();
        m_data.reset();
    }

    void addSetKeyUseListRemove()
    {
        Run added =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Lab box"),
                 QStringLiteral("--url"), simUrl(), QStringLiteral("--model"), QStringLiteral("sim-chat")});
        QVERIFY2(added.status == 0, added.err.constData());

        // The app reads the same profile from the same file.
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            ProfileModel profiles(&settings);
            const ServerProfile *lab = profiles.findByName(QStringLiteral("Lab box"));
            QVERIFY(lab);
            QCOMPARE(lab->baseUrl.toString(), simUrl());
            QCOMPARE(lab->defaultModel, QStringLiteral("sim-chat"));
        }

        // Without its key the server refuses, in its own words.
        Run refused = run({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("Lab box"),
                           QStringLiteral("Hello")});
        QVERIFY2(refused.status != 0, refused.out.constData());
        QVERIFY2(refused.err.contains("401") || refused.err.toLower().contains("key"),
                 refused.err.constData());

        Run keyed = run({QStringLiteral("profiles"), QStringLiteral("set-key"), QStringLiteral("Lab box")},
                        kKey + "\n");
        QVERIFY2(keyed.status == 0, keyed.err.constData());
        QVERIFY(keyed.err.contains("keychain"));

        // The default model and the key come from the profile.
        Run chat = run({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("Lab box"),
                        QStringLiteral("--json"), QStringLiteral("Hello")});
        QVERIFY2(chat.status == 0, chat.err.constData());
        QVERIFY(!chat.out.isEmpty());

        Run list = run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.status == 0, list.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()[QStringLiteral("name")].toString(), QStringLiteral("Lab box"));
        QCOMPARE(rows.first()[QStringLiteral("key")].toString(), QStringLiteral("keychain"));
        QVERIFY(rows.first()[QStringLiteral("active")].toBool());

        // The key is in no file this wrote: settings, history, nothing under either folder.
        for (const QString &root : {m_config->path(), m_data->path()}) {
            QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(kKey), qPrintable(file.fileName()));
            }
        }
        for (const Run &r : {added, refused, keyed, chat, list})
            QVERIFY(!r.out.contains(kKey) && !r.err.contains(kKey));

        Run removed = run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Lab box")});
        QVERIFY2(removed.status == 0, removed.err.constData());
        Run gone = run({QStringLiteral("chat"), QStringLiteral("--profile"), QStringLiteral("Lab box"),
                        QStringLiteral("Hello")});
        QCOMPARE(gone.status, 2);
        QVERIFY(gone.err.contains("no server profile named"));
    }

    void compareLanesOnTwoProfiles()
    {
        // A second server with another key, for the lane that names its profile.
        const QByteArray otherKey = "sk-cli-lane-profile-41d07e9b";
        SimOptions options;
        options.apiKey = QString::fromLatin1(otherKey);
        SimFixture other(options);
        QVERIFY(other.isListening());
        for (const auto &[name, url, key] :
             {std::tuple{QStringLiteral("Lab box"), simUrl(), kKey},
              std::tuple{QStringLiteral("Other box"), other.sim().baseUrl().toString(), otherKey}}) {
            Run added = run({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--url"),
                             url, QStringLiteral("--model"), QStringLiteral("sim-chat")});
            QVERIFY2(added.status == 0, added.err.constData());
            Run keyed = run({QStringLiteral("profiles"), QStringLiteral("set-key"), name}, key + "\n");
            QVERIFY2(keyed.status == 0, keyed.err.constData());
        }
        Run compared = run({QStringLiteral("compare"), QStringLiteral("--profile"), QStringLiteral("Lab box"),
                            QStringLiteral("--lane"), QStringLiteral("temperature=0.2"),
                            QStringLiteral("--lane"), QStringLiteral("profile=Other box,temperature=0.9"),
                            QStringLiteral("--json"), QStringLiteral("Hello")});
        run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Other box")});
        QVERIFY2(compared.status == 0, compared.err.constData());
        const QJsonArray lanes = QJsonDocument::fromJson(compared.out)[QStringLiteral("lanes")].toArray();
        QCOMPARE(lanes.size(), 2);
        QCOMPARE(lanes[0][QStringLiteral("profile")].toString(), QStringLiteral("Lab box"));
        QCOMPARE(lanes[0][QStringLiteral("server")].toString(), simUrl());
        QCOMPARE(lanes[1][QStringLiteral("profile")].toString(), QStringLiteral("Other box"));
        QCOMPARE(lanes[1][QStringLiteral("server")].toString(), other.sim().baseUrl().toString());
        QCOMPARE(lanes[1][QStringLiteral("state")].toString(), QStringLiteral("complete"));
        QVERIFY(!compared.out.contains(kKey) && !compared.out.contains(otherKey));
        // Each server saw its own key only.
        int chats = 0;
        for (const SimRequestRecord &r : m_sim->sim().requests()) {
            if (r.path == "/v1/chat/completions") {
                ++chats;
                QCOMPARE(r.header("authorization"), "Bearer " + kKey);
            }
        }
        QCOMPARE(chats, 1);
        chats = 0;
        for (const SimRequestRecord &r : other.sim().requests()) {
            if (r.path == "/v1/chat/completions") {
                ++chats;
                QCOMPARE(r.header("authorization"), "Bearer " + otherKey);
            }
        }
        QCOMPARE(chats, 1);

        // A lane naming a profile that does not exist stops the command before anything is sent.
        Run typo = run({QStringLiteral("compare"), QStringLiteral("--model"), QStringLiteral("sim-chat"),
                        QStringLiteral("--url"), simUrl(), QStringLiteral("--lane"),
                        QStringLiteral("profile=No such box"), QStringLiteral("Hello")});
        QCOMPARE(typo.status, 2);
        QVERIFY2(typo.err.contains("lane 1") && typo.err.contains("No such box"), typo.err.constData());
    }

    void refusalsAreClear_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("add without url")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x")}
            << QByteArray("needs --url");
        QTest::newRow("no subcommand") << QStringList{QStringLiteral("profiles")} << QByteArray("needs list");
        QTest::newRow("profile and url")
            << QStringList{QStringLiteral("models"), QStringLiteral("--profile"), QStringLiteral("x"),
                           QStringLiteral("--url"), QStringLiteral("http://h:1/v1")}
            << QByteArray("not both");
        QTest::newRow("key on argv") << QStringList{QStringLiteral("profiles"), QStringLiteral("set-key"),
                                                    QStringLiteral("x"), QStringLiteral("--api-key=abc")}
                                     << QByteArray("never taken from the command line");
    }

    void refusalsAreClear()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run r = run(arguments);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void setKeyWithoutInputChangesNothing()
    {
        QCOMPARE(run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Lab box"),
                      QStringLiteral("--url"), simUrl()})
                     .status,
                 0);
        const Run r = run({QStringLiteral("profiles"), QStringLiteral("set-key"), QStringLiteral("Lab box")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains("nothing changed"), r.err.constData());
        const Run list = run({QStringLiteral("profiles"), QStringLiteral("list")});
        QVERIFY2(list.out.contains("key: none"), list.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"
