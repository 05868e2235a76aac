#include "cliprofiles.h"

#include "compare/lanespec.h"

#include "clioptions.h"
#include "settings/filesecretstore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

#include <string>
#include <termios.h>
#include <unistd.h>

namespace {

// Runs `start(done)` and returns once `done` was called. The vault and the directory always
// answer later, never inside the call, so the loop is always entered.
template<typename Start> void waitFor(Start start)
{
    QEventLoop loop;
    bool finished = false;
    start([&] {
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
}

void printLine(std::FILE *to, const QString &text)
{
    std::fputs(qUtf8Printable(text), to);
    std::fputc('\n', to);
}

void complain(const QString &text)
{
    std::fprintf(stderr, "loquat-cli: %s\n", qUtf8Printable(text));
}

QString whereText(ApiKeyVault::Where where)
{
    switch (where) {
    case ApiKeyVault::Where::Nowhere:
        return CliProfiles::tr("none");
    case ApiKeyVault::Where::Keychain:
        return CliProfiles::tr("keychain");
    case ApiKeyVault::Where::ThisRunOnly:
        return CliProfiles::tr("memory");
    case ApiKeyVault::Where::File:
        return CliProfiles::tr("key file");
    case ApiKeyVault::Where::Override:
        return CliProfiles::tr("environment");
    }
    return {};
}

// One line from `in`, without its line end. On a terminal the typing is not echoed: a key on the
// screen is a key in the scrollback.
QString readSecretLine(std::FILE *in, bool &ok)
{
    const int fd = ::fileno(in);
    termios saved{};
    const bool terminal = ::isatty(fd) && ::tcgetattr(fd, &saved) == 0;
    if (terminal) {
        std::fputs(qUtf8Printable(CliProfiles::tr("API key (not shown): ")), stderr);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::string line;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line.push_back(char(c));
    ok = !(c == EOF && line.empty());
    if (terminal) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
        std::fputc('\n', stderr);
    }
    return QString::fromStdString(line).trimmed();
}

} // namespace

CliProfiles::CliProfiles(QSettings *settings, SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_profiles(settings)
    , m_vault(keychain)
    , m_directory(&m_profiles, &m_vault)
{
    if (settings && settings->value(QLatin1String(FileSecretStore::kOptInKey)).toBool()) {
        m_keyFile = std::make_unique<FileSecretStore>(FileSecretStore::defaultPath());
        m_vault.setFileStore(m_keyFile.get());
    }
}

CliProfiles::~CliProfiles() = default;

int CliProfiles::run(const CliOptions &options, std::FILE *keyInput)
{
    if (options.subcommand == QLatin1String("list"))
        return list(options.json);
    if (options.subcommand == QLatin1String("add"))
        return add(options);
    if (options.subcommand == QLatin1String("remove"))
        return remove(options.target);
    return setKey(options.target, keyInput);
}

const ServerProfile *CliProfiles::findNamed(const QString &name, QString &error) const
{
    const ServerProfile *profile = m_profiles.findByName(name);
    if (!profile)
        error =
            tr("There is no server profile named \"%1\" (loquat-cli profiles list shows them).").arg(name);
    return profile;
}

int CliProfiles::list(bool json)
{
    // Where each key is (never the key itself), asked of the keychain one profile at a time.
    QHash<QString, QString> keys;
    for (const ServerProfile &profile : m_profiles.profiles()) {
        waitFor([&](auto done) {
            m_vault.read(profile.id, this, [&, done](const QString &, const ApiKeyVault::Outcome &outcome) {
                keys.insert(profile.id,
                            outcome.ok ? whereText(outcome.where) : tr("unknown (%1)").arg(outcome.message));
                done();
            });
        });
    }
    if (json) {
        QJsonArray rows;
        for (const ServerProfile &profile : m_profiles.profiles()) {
            rows.append(QJsonObject{
                {QStringLiteral("id"), profile.id},
                {QStringLiteral("name"), profile.name},
                {QStringLiteral("url"), profile.baseUrl.toString()},
                {QStringLiteral("default_model"), profile.defaultModel},
                {QStringLiteral("active"), profile.id == m_profiles.activeId()},
                {QStringLiteral("key"), keys.value(profile.id)},
            });
        }
        std::fputs(QJsonDocument(rows).toJson(QJsonDocument::Indented).constData(), stdout);
        return 0;
    }
    if (m_profiles.isEmpty()) {
        printLine(stderr, tr("No server profiles yet: loquat-cli profiles add NAME --url URL adds one."));
        return 0;
    }
    for (const ServerProfile &profile : m_profiles.profiles()) {
        const QString mark = profile.id == m_profiles.activeId() ? QStringLiteral("*") : QStringLiteral(" ");
        printLine(stdout,
                  tr("%1 %2\t%3\tmodel: %4\tkey: %5")
                      .arg(mark, profile.name, profile.baseUrl.toString(),
                           profile.defaultModel.isEmpty() ? tr("(the server's first)") : profile.defaultModel,
                           keys.value(profile.id)));
    }
    return 0;
}

int CliProfiles::add(const CliOptions &options)
{
    if (m_profiles.findByName(options.target)) {
        complain(tr("A server profile named \"%1\" exists already.").arg(options.target));
        return 1;
    }
    ServerProfile profile;
    profile.name = options.target;
    profile.baseUrl = options.server.baseUrl;
    profile.defaultModel = options.model;
    if (const QString problem = profile.validate(); !problem.isEmpty()) {
        complain(problem);
        return 1;
    }
    m_profiles.add(profile);
    printLine(stderr, tr("Added \"%1\" (%2). Give it a key with: loquat-cli profiles set-key \"%1\"")
                          .arg(profile.name, profile.baseUrl.toString()));
    return 0;
}

int CliProfiles::remove(const QString &name)
{
    QString error;
    const ServerProfile *profile = findNamed(name, error);
    if (!profile) {
        complain(error);
        return 1;
    }
    const QString id = profile->id;
    ApiKeyVault::Outcome forgotten;
    waitFor([&](auto done) {
        m_vault.forget(id, this, [&, done](const ApiKeyVault::Outcome &outcome) {
            forgotten = outcome;
            done();
        });
    });
    if (!forgotten.ok) {
        // The profile stays, so its key can still be found and removed once the keychain works.
        complain(tr("The key of \"%1\" could not be removed: %2 The profile was kept.")
                     .arg(name, forgotten.message));
        return 1;
    }
    m_profiles.remove(id);
    printLine(stderr, tr("Removed \"%1\" and its key.").arg(name));
    return 0;
}

int CliProfiles::setKey(const QString &name, std::FILE *keyInput)
{
    QString error;
    const ServerProfile *profile = findNamed(name, error);
    if (!profile) {
        complain(error);
        return 1;
    }
    const QString id = profile->id;
    bool ok = false;
    const QString key = readSecretLine(keyInput, ok);
    if (!ok || key.isEmpty()) {
        complain(tr("No key was given on standard input; nothing changed. (To remove a key, use the "
                    "profiles window in the app.)"));
        return 1;
    }
    ApiKeyVault::Outcome stored;
    waitFor([&](auto done) {
        m_vault.store(id, key, this, [&, done](const ApiKeyVault::Outcome &outcome) {
            stored = outcome;
            done();
        });
    });
    // Memory would last only as long as this process: for a command-line tool that is not stored.
    if (!stored.ok || stored.where == ApiKeyVault::Where::ThisRunOnly) {
        complain(tr("The key was not stored: %1")
                     .arg(stored.message.isEmpty() ? m_vault.keychainProblem() : stored.message));
        return 1;
    }
    printLine(stderr, tr("Stored the key of \"%1\" in the %2.").arg(name, whereText(stored.where)));
    return 0;
}

bool CliProfiles::resolveLaneProfiles(CliOptions &options, QString &error)
{
    for (qsizetype i = 0; i < options.lanes.size(); ++i) {
        const QString name = LaneSpec::valueIn(options.lanes.at(i), QStringLiteral("profile"));
        if (name.isEmpty() || options.laneServers.contains(name.toLower()))
            continue;
        QString missing;
        const ServerProfile *profile = findNamed(name, missing);
        if (!profile) {
            error = tr("lane %1: %2").arg(i + 1).arg(missing);
            return false;
        }
        CliOptions::LaneServer lane;
        lane.defaultModel = profile->defaultModel;
        if (!options.profile.isEmpty() && profile == m_profiles.findByName(options.profile)) {
            lane.server = options.server; // --profile's own, resolved once already
        } else {
            const QString id = profile->id;
            waitFor([&](auto done) {
                m_directory.resolve(id, this,
                                    [&, done](const ServerConfig &resolved, const QString &problem) {
                                        lane.server = resolved;
                                        lane.problem = problem;
                                        done();
                                    });
            });
            lane.server.profileId = id;
        }
        options.laneServers.insert(name.toLower(), lane);
    }
    return true;
}

bool CliProfiles::apply(CliOptions &options, QString &error)
{
    const ServerProfile *profile = findNamed(options.profile, error);
    if (!profile)
        return false;
    const QString id = profile->id;
    const QString defaultModel = profile->defaultModel;
    ServerConfig config;
    QString problem;
    waitFor([&](auto done) {
        m_directory.resolve(id, this, [&, done](const ServerConfig &resolved, const QString &what) {
            config = resolved;
            problem = what;
            done();
        });
    });
    if (config.baseUrl.isEmpty()) {
        error = problem;
        return false;
    }
    if (!problem.isEmpty())
        complain(tr("%1 Going on without the profile's key.").arg(problem));
    if (const QString override = ServerDirectory::environmentApiKey(); !override.isEmpty())
        config.apiKey = override;
    config.profileId = id;
    options.server = config;
    options.urlSet = true; // a continued conversation goes to the profile's server
    if (options.model.isEmpty())
        options.model = defaultModel;
    return true;
}
