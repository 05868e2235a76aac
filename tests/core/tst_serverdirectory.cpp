#include "api/chatstream.h"
#include "api/vllmclient.h"
#include "keychaintest.h"
#include "settings/keychainsecretstore.h"
#include "settings/memorysecretstore.h"
#include "settings/serverdirectory.h"
#include "simfixture.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kWaitMs = 15000;

struct Resolved {
    ServerConfig config;
    QString problem;
};

Resolved resolve(ServerDirectory &directory, const QString &id)
{
    std::optional<Resolved> result;
    directory.resolve(id, nullptr, [&](const ServerConfig &c, const QString &p) { result = Resolved{c, p}; });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    return result.value_or(Resolved{ServerConfig{}, QStringLiteral("<no answer>")});
}

ApiKeyVault::Outcome store(ApiKeyVault &vault, const QString &id, const QString &key)
{
    std::optional<ApiKeyVault::Outcome> result;
    vault.store(id, key, nullptr, [&](const ApiKeyVault::Outcome &o) { result = o; });
    static_cast<void>(QTest::qWaitFor([&] { return result.has_value(); }, kWaitMs));
    return result.value_or(
        ApiKeyVault::Outcome{false, ApiKeyVault::Where::Nowhere, QStringLiteral("<no answer>")});
}

bool modelsWork(QNetworkAccessManager &network, const ServerConfig &config, ApiError *errorOut = nullptr)
{
    VllmClient client(&network);
    client.setServer(config);
    std::optional<bool> ok;
    client.fetchModels(nullptr, [&](const ModelList &models, const ApiError &error) {
        ok = !error.isError() && !models.isEmpty();
        if (errorOut)
            *errorOut = error;
    });
    static_cast<void>(QTest::qWaitFor([&] { return ok.has_value(); }, kWaitMs));
    return ok.value_or(false);
}
// What one run of the app builds: settings, the real keychain, the vault, profiles, directory.
struct AppRun {
    explicit AppRun(const QString &service)
        : keychain(service)
        , vault(&keychain)
        , profiles(&settings)
        , directory(&profiles, &vault)
    {}
    ~AppRun() { settings.sync(); }
    Q_DISABLE_COPY_MOVE(AppRun)

    QSettings settings; // in the test's folders (redirectUserFolders)
    KeychainSecretStore keychain;
    ApiKeyVault vault;
    ProfileModel profiles;
    ServerDirectory directory;
};
} // namespace

// Profiles and keys joined into ready configs, with the real keychain; and afterwards, no file the
// code wrote holds the key.
class TestServerDirectory final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("LoquatTest"));
        QCoreApplication::setApplicationName(QStringLiteral("LoquatTest"));
        KeychainTest::redirectUserFolders(m_home);
    }

    void resolvesAProfileWithItsKey()
    {
        MemorySecretStore keychain;
        ApiKeyVault vault(&keychain);
        ProfileModel profiles(nullptr);
        ServerDirectory directory(&profiles, &vault);
        ServerProfile lab;
        lab.name = QStringLiteral("Lab");
        lab.baseUrl = QUrl(QStringLiteral("http://lab:8000/v1"));
        lab.defaultModel = QStringLiteral("m");
        lab.extraHeaders = {{"X-Team", "nlp"}};
        const QString id = profiles.add(lab);
        store(vault, id, QStringLiteral("sk-lab"));

        const Resolved r = resolve(directory, id);
        QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
        QCOMPARE(r.config.baseUrl, lab.baseUrl);
        QCOMPARE(r.config.apiKey, QStringLiteral("sk-lab"));
        QCOMPARE(r.config.profileId, id);
        QCOMPARE(r.config.extraHeaders, lab.extraHeaders);
        QCOMPARE(directory.cachedConfig(id).apiKey, QStringLiteral("sk-lab"));

        const Resolved gone = resolve(directory, QStringLiteral("nope"));
        QVERIFY(gone.config.baseUrl.isEmpty());
        QVERIFY(!gone.problem.isEmpty());
        QVERIFY(directory.cachedConfig(QStringLiteral("nope")).baseUrl.isEmpty());
    }

    void configChangedFollowsProfileAndKey()
    {
        MemorySecretStore keychain;
        ApiKeyVault vault(&keychain);
        ProfileModel profiles(nullptr);
        ServerDirectory directory(&profiles, &vault);
        ServerProfile p;
        p.name = QStringLiteral("P");
        const QString id = profiles.add(p);
        QSignalSpy changed(&directory, &ServerDirectory::configChanged);
        store(vault, id, QStringLiteral("k"));
        QCOMPARE(changed.count(), 1);
        ServerProfile edited = *profiles.find(id);
        edited.idleTimeoutMs = 1234;
        profiles.update(edited);
        QCOMPARE(changed.count(), 2);
        QVERIFY(directory.removeProfile(id));
        QTRY_VERIFY(changed.count() >= 3);
        QCOMPARE(changed.last().first().toString(), id);
        QTRY_VERIFY(!keychain.contains(ApiKeyVault::entryName(id))); // the key went with it
    }

    void theEnvironmentKeyIsFoundInOrder()
    {
        qputenv("OPENAI_API_KEY", "sk-openai");
        qputenv("VLLM_API_KEY", "sk-vllm");
        QCOMPARE(ServerDirectory::environmentApiKey(), QStringLiteral("sk-vllm"));
        QCOMPARE(ServerDirectory::environmentApiKeyVariable(), QStringLiteral("VLLM_API_KEY"));
        qputenv("LOQUAT_API_KEY", " sk-loquat ");
        QCOMPARE(ServerDirectory::environmentApiKey(), QStringLiteral("sk-loquat"));
        qunsetenv("LOQUAT_API_KEY");
        qunsetenv("VLLM_API_KEY");
        qunsetenv("OPENAI_API_KEY");
        QVERIFY(ServerDirectory::environmentApiKey().isEmpty());
    }

    // The test: set, read, change and delete a key in the real keychain, use it against a
    // server that requires it, and then find it in no file that was written.
    void realKeychainEndToEndLeavesNoKeyInAnyFile()
    {
        if (!KeychainTest::hasPrivateSession())
            QSKIP("needs the private D-Bus session and keyring of tools/test.sh");
        const QString key = KeychainTest::randomKey();
        const QString changedKey = KeychainTest::randomKey();
        SimOptions options;
        options.apiKey = key;
        SimFixture fixture(options);
        QVERIFY(fixture.isListening());

        const QString service = KeychainTest::uniqueService();
        QString id;
        {
            AppRun run(service);
            ServerProfile profile;
            profile.name = QStringLiteral("Secured");
            profile.baseUrl = fixture.sim().baseUrl();
            id = run.profiles.add(profile);

            // Without its key the server refuses.
            ApiError error;
            QVERIFY(!modelsWork(fixture.network(), resolve(run.directory, id).config, &error));
            QCOMPARE(error.httpStatus, 401);

            const ApiKeyVault::Outcome stored = store(run.vault, id, key);
            QVERIFY2(stored.ok && stored.where == ApiKeyVault::Where::Keychain, qPrintable(stored.message));
        }
        {
            // The next run: a fresh keychain object and vault read it back.
            AppRun run(service);
            const Resolved r = resolve(run.directory, id);
            QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
            QCOMPARE(r.config.apiKey, key);
            QVERIFY(modelsWork(fixture.network(), r.config));
            ServerConfig quick = r.config;
            quick.firstByteTimeoutMs = quick.idleTimeoutMs = SimFixture::kTestTimeoutMs;
            ChatStream *stream = fixture.run(SimFixture::request(QStringLiteral("Hi")), quick);
            QCOMPARE(stream->state(), ChatStream::State::Finished);

            // Change it: the server now wants the new one.
            QCOMPARE(store(run.vault, id, changedKey).where, ApiKeyVault::Where::Keychain);
        }
        {
            AppRun run(service);
            QCOMPARE(resolve(run.directory, id).config.apiKey, changedKey);
            // Delete it with the profile.
            QVERIFY(run.directory.removeProfile(id));
            QTRY_VERIFY_WITH_TIMEOUT(!run.keychain.isBusy(), kWaitMs);
        }
        {
            KeychainSecretStore keychain(service);
            std::optional<SecretResult> after;
            keychain.read(ApiKeyVault::entryName(id), nullptr, [&](const SecretResult &r) { after = r; });
            QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), kWaitMs);
            QVERIFY(after->ok());
            QVERIFY(after->value.isEmpty());
        }
        // The search itself works: a file that holds the key is found (in a folder of its own).
        QTemporaryDir control;
        QFile leak(control.filePath(QStringLiteral("leak.ini")));
        QVERIFY(leak.open(QIODevice::WriteOnly));
        leak.write("apiKey=" + key.toUtf8());
        leak.close();
        QCOMPARE(KeychainTest::filesContaining(control.path(), key).size(), 1);
        // Settings were written (the profile existed), and no file holds either key.
        QVERIFY(QFile::exists(QSettings().fileName()));
        QCOMPARE(KeychainTest::filesContaining(m_home.path(), key), QStringList());
        QCOMPARE(KeychainTest::filesContaining(m_home.path(), changedKey), QStringList());
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestServerDirectory)
#include "tst_serverdirectory.moc"
